/** A labelled select of one group, the first choice (value '') meaning none chosen or all groups in a filter. */
import type { Group } from '../domain/people/entities';
import { Field } from './field';

interface GroupSelectFieldProps {
  label: string;
  /** A catalog key (validation.*). */
  error?: string;
  groups: readonly Group[];
  noneLabel: string;
  /** A group's id, or ''. */
  value: string;
  onChange: (groupId: string) => void;
}

export function GroupSelectField({ label, error, groups, noneLabel, value, onChange }: GroupSelectFieldProps) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{noneLabel}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
