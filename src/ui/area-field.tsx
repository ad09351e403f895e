/** A labelled quarter/commune select: the Field, its <select> and the area options grouped by kind. */
import type { Area, AreaKind } from '../domain/people/entities';
import { AreaOptions } from './area-options';
import { Field } from './field';

interface AreaFieldProps {
  id?: string;
  label: string;
  /** A catalog key (validation.*). */
  error?: string;
  areas: readonly Area[];
  order?: readonly AreaKind[];
  /** The first choice, value '' (no area, or all areas in a filter). */
  noneLabel: string;
  /** An area's id, or ''. */
  value: string;
  onChange: (areaId: string) => void;
}

export function AreaField({ id, label, error, areas, order, noneLabel, value, onChange }: AreaFieldProps) {
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <AreaOptions areas={areas} order={order} noneLabel={noneLabel} />
        </select>
      )}
    </Field>
  );
}
