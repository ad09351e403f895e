/** Several choices among a few (product kinds, interests) as toggle chips: each chip is a button with aria-pressed. */
import { useId } from 'react';
import { FieldError } from './field';

interface ChipSelectProps<T extends string> {
  legend: string;
  options: readonly T[];
  labelOf: (option: T) => string;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** A catalog key (validation.*). */
  error?: string;
}

export function ChipSelect<T extends string>({ legend, options, labelOf, selected, onChange, error }: ChipSelectProps<T>) {
  const errorId = `${useId()}-error`;
  const toggle = (option: T) => {
    const next = selected.includes(option) ? selected.filter((value) => value !== option) : [...selected, option];
    // Keep the options' order, so that the same choice is always the same list.
    onChange(options.filter((value) => next.includes(value)));
  };
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <button key={option} type="button" className="chip" aria-pressed={selected.includes(option)} onClick={() => toggle(option)}>
            {labelOf(option)}
          </button>
        ))}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
