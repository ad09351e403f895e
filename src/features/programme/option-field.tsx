/** A labelled <select> over a fixed list (a vocabulary, or rows by id), with an optional first "none" choice (value ''). */
import { Field } from '../../ui/field';

interface OptionFieldProps<T extends string> {
  label: string;
  /** A catalog key (validation.*). */
  error?: string;
  options: readonly T[];
  labelOf: (option: T) => string;
  noneLabel?: string;
  value: T | '';
  onChange: (value: T | '') => void;
}

export function OptionField<T extends string>({ label, error, options, labelOf, noneLabel, value, onChange }: OptionFieldProps<T>) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
          {noneLabel !== undefined && <option value="">{noneLabel}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {labelOf(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
