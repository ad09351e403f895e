/** Creating and editing a distribution: form state, the place taken from the group, errors per field. */
import { useState } from 'react';
import { mutate } from '../../db/mutators';
import type { Distribution } from '../../domain/distribution/distribution-entities';
import type { Group } from '../../domain/people/entities';
import { newId } from '../../domain/rows/ids';
import { useFormErrors } from '../../ui/use-form-errors';
import {
  DISTRIBUTION_ERROR_FIELDS,
  distributionPatch,
  emptyDistribution,
  toDistributionFields,
  toDistributionFormValues,
  type DistributionFormValues,
} from './distribution-form-values';

function useDistributionValues(initial: DistributionFormValues, groups: readonly Group[]) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof DistributionFormValues>(key: K, value: DistributionFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const placeOf = (groupId: string) => groups.find((group) => group.id === groupId)?.place ?? '';
  // Choosing a group brings its usual place, unless the user already typed another one.
  const setGroup = (groupId: string) =>
    setValues((current) => ({
      ...current,
      groupId,
      place: current.place === '' || current.place === placeOf(current.groupId) ? placeOf(groupId) : current.place,
    }));
  return { values, set, setGroup };
}

export type DistributionForm = ReturnType<typeof useDistributionCreate>;

export function useDistributionCreate(groups: readonly Group[], initialGroupId: string, onCreated: (id: string) => void) {
  const initialPlace = groups.find((group) => group.id === initialGroupId)?.place ?? '';
  const { values, set, setGroup } = useDistributionValues(emptyDistribution(initialGroupId, initialPlace), groups);
  const { errors, busy, submit } = useFormErrors(DISTRIBUTION_ERROR_FIELDS);
  const save = async () => {
    const id = newId();
    if (await submit(() => mutate('distribution.create', { id, ...toDistributionFields(values) }))) onCreated(id);
  };
  return { values, set, setGroup, errors, busy, save };
}

export function useDistributionEdit(distribution: Distribution, groups: readonly Group[], onSaved: () => void) {
  // Sent: only what changed since the form opened, so another phone's edit of another field is kept.
  const [opened] = useState(distribution);
  const { values, set, setGroup } = useDistributionValues(toDistributionFormValues(distribution), groups);
  const { errors, busy, submit } = useFormErrors(DISTRIBUTION_ERROR_FIELDS, 'patch');
  const save = async () => {
    const patch = distributionPatch(opened, values);
    if (Object.keys(patch).length === 0 || (await submit(() => mutate('distribution.update', { id: distribution.id, patch })))) onSaved();
  };
  return { values, set, setGroup, errors, busy, save };
}
