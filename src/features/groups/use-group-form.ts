/** Creating and editing a group: form state, save through the one write path, errors per field. */
import { useState } from 'react';
import { mutate } from '../../db/mutators';
import type { Group } from '../../domain/people/entities';
import { newId } from '../../domain/rows/ids';
import { useFormErrors } from '../../ui/use-form-errors';
import { EMPTY_GROUP, GROUP_ERROR_FIELDS, groupPatch, toGroupFields, toGroupFormValues, type GroupFormValues } from './group-form-values';

function useGroupValues(initial: GroupFormValues) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  return { values, set, reset: () => setValues(initial) };
}

export type GroupForm = ReturnType<typeof useGroupCreate>;

export function useGroupCreate(onCreated: () => void) {
  const { values, set, reset } = useGroupValues(EMPTY_GROUP);
  const { errors, busy, submit, clear } = useFormErrors(GROUP_ERROR_FIELDS);
  const save = async () => {
    if (await submit(() => mutate('group.create', { id: newId(), ...toGroupFields(values) }))) {
      reset();
      onCreated();
    }
  };
  const cancel = () => {
    reset();
    clear();
  };
  return { values, set, errors, busy, save, cancel };
}

export function useGroupEdit(group: Group, onSaved: () => void) {
  // Sent: only what changed since the form opened, so another phone's edit of another field is kept.
  const [opened] = useState(group);
  const { values, set } = useGroupValues(toGroupFormValues(group));
  const { errors, busy, submit, clear } = useFormErrors(GROUP_ERROR_FIELDS, 'patch');
  const save = async () => {
    const patch = groupPatch(opened, values);
    if (Object.keys(patch).length === 0 || (await submit(() => mutate('group.update', { id: group.id, patch })))) onSaved();
  };
  return { values, set, errors, busy, save, cancel: clear };
}
