/** Messages of refused changes: nothing was saved, and why (catalog keys, turned into words here). */
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './use-form-errors';

/** At the top of a refused form; the fields carry their own errors, so this says what no field can. */
export function FormAlert({ errors }: { errors: FormErrors | null }) {
  const { t } = useTranslation();
  if (!errors) return null;
  return (
    <div className="notice error" role="alert">
      <p>{t('validation.formHasErrors')}</p>
      {errors.form.map((message) => (
        <p key={message}>{t(message)}</p>
      ))}
    </div>
  );
}

/** The refusal of a one-button action. */
export function ActionAlert({ error }: { error: string | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="notice error" role="alert">
      {t(error)}
    </p>
  );
}
