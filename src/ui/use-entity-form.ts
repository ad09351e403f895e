/**
 * The one hook behind every form that creates or edits a row: its values as typed, the save through the write
 * path, and the errors per field. An edit sends only what changed since the form opened, so that another phone's
 * edit of a field left alone here is kept; a create starts the form afresh once saved.
 */
import { useState } from 'react';
import type { FieldIssue } from '../domain/mutations/define';
import { newId } from '../domain/rows/ids';
import { changedFields } from '../domain/rows/patch';
import { useFormErrors, type SubmitResult } from './use-form-errors';

/** What stops a form before anything is sent (a price that is no price): issues on the form's own fields. */
export interface Refusal {
  refused: readonly FieldIssue[];
}

export interface EntityFormSpec<Row, Values extends object, Fields extends object> {
  /** The values of a new row's form; a form that only edits has none. */
  empty?: Values;
  valuesOf(row: Row): Values;
  /** What the mutation takes, made of the form's values, or what stops the form. */
  fieldsOf(values: Values): Fields | Refusal;
  /**
   * The row's fields as the form opened, which an edit's patch is measured against; by default the fields of its
   * values (fieldsOf(valuesOf(row))).
   */
  fieldsOfRow?(row: Row): Fields;
  /** A form that only edits has none. */
  create?(id: string, fields: Fields): Promise<SubmitResult>;
  update(id: string, patch: Partial<Fields>): Promise<SubmitResult>;
  /** The fields that show their own error (the rest show at the top of the form); by default the values' keys. */
  errorFields?: readonly string[];
}

const isRefusal = (fields: object): fields is Refusal => 'refused' in fields;

function initialValues<Row, Values extends object>(spec: EntityFormSpec<Row, Values, object>, row: Row | null): Values {
  if (row) return spec.valuesOf(row);
  if (!spec.empty) throw new Error('This form only edits: it needs the row it edits.');
  return spec.empty;
}

export function useEntityForm<Row extends { id: string }, Values extends object, Fields extends object>(
  spec: EntityFormSpec<Row, Values, Fields>,
  row: Row | null,
  onSaved: (id: string) => void,
) {
  const [opened] = useState(row);
  const [values, setValues] = useState(() => initialValues(spec, row));
  // An edit's issues come back under "patch.", as the mutation names them.
  const prefix = row ? 'patch' : '';
  const { errors, busy, submit, clear } = useFormErrors(spec.errorFields ?? Object.keys(values), prefix);

  const update = (change: Partial<Values>) => setValues((current) => ({ ...current, ...change }));
  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const fields = spec.fieldsOf(values);
    if (isRefusal(fields)) {
      const issues = fields.refused.map((issue) => ({ ...issue, path: prefix ? `${prefix}.${issue.path}` : issue.path }));
      await submit(async () => ({ ok: false, issues }));
      return;
    }
    if (opened === null) {
      const { create } = spec;
      const id = newId();
      if (create && (await submit(() => create(id, fields)))) {
        setValues(initialValues(spec, null));
        onSaved(id);
      }
      return;
    }
    const before = spec.fieldsOfRow ? spec.fieldsOfRow(opened) : spec.fieldsOf(spec.valuesOf(opened));
    // A row whose stored values the form itself would refuse: every field is sent, the mutation then judges them.
    const patch = isRefusal(before) ? fields : changedFields(before, fields);
    if (Object.keys(patch).length === 0 || (await submit(() => spec.update(opened.id, patch)))) onSaved(opened.id);
  };

  /** Back to the values the form opened with, errors cleared. */
  const reset = () => {
    setValues(initialValues(spec, opened));
    clear();
  };

  return { values, set, update, errors, busy, save, reset };
}

export type EntityForm<Values extends object> = {
  values: Values;
  set: <K extends keyof Values>(field: K, value: Values[K]) => void;
  update: (change: Partial<Values>) => void;
  errors: ReturnType<typeof useFormErrors>['errors'];
  busy: boolean;
  save: () => Promise<void>;
  reset: () => void;
};
