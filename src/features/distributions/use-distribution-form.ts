/** Creating and editing a distribution, through the one entity-form hook; choosing a group brings its usual place. */
import { mutate } from '../../db/mutators';
import type { Distribution, DistributionFields } from '../../domain/distribution/distribution-entities';
import type { Group } from '../../domain/people/entities';
import { useEntityForm, type EntityForm } from '../../ui/use-entity-form';
import {
  DISTRIBUTION_ERROR_FIELDS,
  emptyDistribution,
  toDistributionFields,
  toDistributionFormValues,
  type DistributionFormValues,
} from './distribution-form-values';

export type DistributionForm = EntityForm<DistributionFormValues> & { setGroup: (groupId: string) => void };

/** `distribution` null: a new one, in `initialGroupId`'s group. */
export function useDistributionForm(
  distribution: Distribution | null,
  groups: readonly Group[],
  initialGroupId: string,
  onSaved: (id: string) => void,
): DistributionForm {
  const placeOf = (groupId: string) => groups.find((group) => group.id === groupId)?.place ?? '';
  const form = useEntityForm<Distribution, DistributionFormValues, DistributionFields>(
    {
      empty: emptyDistribution(initialGroupId, placeOf(initialGroupId)),
      valuesOf: toDistributionFormValues,
      fieldsOf: toDistributionFields,
      create: (id, fields) => mutate('distribution.create', { id, ...fields }),
      update: (id, patch) => mutate('distribution.update', { id, patch }),
      errorFields: DISTRIBUTION_ERROR_FIELDS,
    },
    distribution,
    onSaved,
  );
  const { values } = form;
  // The group's usual place comes with it, unless the user already typed another one.
  const setGroup = (groupId: string) =>
    form.update({ groupId, place: values.place === '' || values.place === placeOf(values.groupId) ? placeOf(groupId) : values.place });
  return { ...form, setGroup };
}
