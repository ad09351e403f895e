/** A labelled form control with its hint and error, wired for screen readers (aria-invalid, aria-describedby). */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  /** The control's id, for a form that moves the focus to a field itself; generated when not given. */
  id?: string;
  label: string;
  /** A catalog key (validation.*), as mutation issues carry them. */
  error?: string;
  hint?: string;
  /** Renders the control with the given props spread on it: `{(control) => <input {...control} />}`. */
  children: (control: FieldControlProps) => ReactNode;
}

/** The ids a control is described by, or undefined when there are none (an empty attribute would describe nothing). */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function Field({ id: givenId, label, error, hint, children }: FieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* Before the control, so that it is read before typing and is not hidden by the phone's keyboard. */}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(hintId, errorId) })}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A field's error under it; `error` is a catalog key. */
export function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {t(error)}
    </p>
  );
}
