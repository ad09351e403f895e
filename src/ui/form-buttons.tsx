import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Cancel either runs a callback (a form inside a screen) or goes back to a list (a form that is the screen). */
export type FormCancel = { onCancel: () => void; cancelHref?: undefined } | { cancelHref: string; onCancel?: undefined };

type FormButtonsProps = { busy: boolean; submitLabel?: string } & FormCancel;

/** A form's submit and cancel buttons; submit says "save" unless told otherwise. */
export function FormButtons({ busy, submitLabel, onCancel, cancelHref }: FormButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel ?? t('common.actions.save')}
      </button>
      {cancelHref === undefined ? (
        <button type="button" onClick={onCancel}>
          {t('common.actions.cancel')}
        </button>
      ) : (
        <Link href={cancelHref} className="button">
          {t('common.actions.cancel')}
        </Link>
      )}
    </div>
  );
}
