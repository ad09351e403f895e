/** A labelled form control with its hint and its error, linked for screen readers (aria-describedby, aria-invalid). */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../domain/mutations/define';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  /** A catalog key (validation.*). */
  error?: string;
  hint?: string;
  children: (control: ControlProps) => ReactNode;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function Field({ id, label, error, hint, children }: FieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(hintId, errorId) })}
      {error && (
        <p id={errorId} className="field-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  /** Ids of texts that explain the box, e.g. the consent text. */
  describedById?: string;
}

export function CheckboxField({ id, label, checked, onChange, error, describedById }: CheckboxFieldProps) {
  const { t } = useTranslation();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label className="checkbox stand-checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(describedById, errorId)}
        />
        {label}
      </label>
      {error && (
        <p id={errorId} className="field-error">
          {t(error)}
        </p>
      )}
    </div>
  );
}

/** The form's summary: nothing was saved, plus the problems that belong to no field shown on screen. */
export function ErrorSummary({ issues, fields }: { issues: readonly FieldIssue[]; fields: readonly string[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const others = [...new Set(issues.filter((issue) => !fields.includes(issue.path)).map((issue) => issue.message))];
  return (
    <div role="alert" className="notice error stand-summary">
      <p>{t('validation.formHasErrors')}</p>
      {others.length > 0 && (
        <ul>
          {others.map((message) => (
            <li key={message}>{t(message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
