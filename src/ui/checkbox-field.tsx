/** A checkbox with its label and its error, wired for screen readers like Field. */
import { useId } from 'react';
import { describedBy, FieldError } from './field';

interface CheckboxFieldProps {
  /** The box's id, for a form that moves the focus to a field itself; generated when not given. */
  id?: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A catalog key (validation.*). */
  error?: string;
  /** Ids of texts that explain the box, e.g. the consent text. */
  describedById?: string;
}

export function CheckboxField({ id: givenId, label, checked, onChange, error, describedById }: CheckboxFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
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
      <FieldError id={errorId} error={error} />
    </div>
  );
}
