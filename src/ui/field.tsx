/** A labelled form control with its hint and error, wired for screen readers (aria-invalid, aria-describedby). */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  /** A catalog key (validation.*), as mutation issues carry them. */
  error?: string;
  hint?: string;
  /** Renders the control with the given props spread on it: `{(control) => <input {...control} />}`. */
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ label, error, hint, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter((part) => part !== '').join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}
