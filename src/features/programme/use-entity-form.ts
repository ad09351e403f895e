/**
 * Creating and editing one of the programme's rows (event, partner, outlet, initiative): form state, save through
 * the one write path, errors per field. An edit sends only what changed since the form opened, so another
 * phone's edit of another field is kept.
 */
import { useState } from 'react';
import type { MutationResult } from '../../db/mutators';
import { newId } from '../../domain/rows/ids';
import { changedFields } from '../../domain/rows/patch';
import { useFormErrors } from '../../ui/use-form-errors';

export interface EntitySpec<Row, Values extends object, Fields extends object> {
  empty: Values;
  valuesOf: (row: Row) => Values;
  fieldsOf: (values: Values) => Fields;
  create: (id: string, fields: Fields) => Promise<MutationResult>;
  update: (id: string, patch: Partial<Fields>) => Promise<MutationResult>;
}

export function useEntityForm<Row extends { id: string }, Values extends object, Fields extends object>(
  spec: EntitySpec<Row, Values, Fields>,
  row: Row | null,
  onSaved: (id: string) => void,
) {
  const [opened] = useState(row);
  const [values, setValues] = useState(() => (row ? spec.valuesOf(row) : spec.empty));
  // The form's field names are the values' keys; an edit's issues come back under "patch.".
  const { errors, busy, submit } = useFormErrors(Object.keys(spec.empty), row ? 'patch' : '');

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const fields = spec.fieldsOf(values);
    if (opened === null) {
      const id = newId();
      if (await submit(() => spec.create(id, fields))) onSaved(id);
      return;
    }
    const patch = changedFields(spec.fieldsOf(spec.valuesOf(opened)), fields);
    if (Object.keys(patch).length === 0 || (await submit(() => spec.update(opened.id, patch)))) onSaved(opened.id);
  };

  return { values, set, errors, busy, save };
}

export type EntityForm<Values extends object> = {
  values: Values;
  set: <K extends keyof Values>(field: K, value: Values[K]) => void;
  errors: ReturnType<typeof useFormErrors>['errors'];
  busy: boolean;
  save: () => Promise<void>;
};
