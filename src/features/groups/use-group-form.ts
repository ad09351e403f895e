/** Creating and editing a group, through the one entity-form hook. */
import { mutate } from '../../db/mutators';
import type { Group, GroupFields } from '../../domain/people/entities';
import { useEntityForm, type EntityForm, type EntityFormSpec } from '../../ui/use-entity-form';
import { EMPTY_GROUP, GROUP_ERROR_FIELDS, toGroupFields, toGroupFormValues, type GroupFormValues } from './group-form-values';

const groupSpec: EntityFormSpec<Group, GroupFormValues, GroupFields> = {
  empty: EMPTY_GROUP,
  valuesOf: toGroupFormValues,
  fieldsOf: toGroupFields,
  create: (id, fields) => mutate('group.create', { id, ...fields }),
  update: (id, patch) => mutate('group.update', { id, patch }),
  errorFields: GROUP_ERROR_FIELDS,
};

export type GroupForm = EntityForm<GroupFormValues>;

/** `group` null: a new group; the form starts afresh once it is created. */
export function useGroupForm(group: Group | null, onSaved: () => void): GroupForm {
  return useEntityForm(groupSpec, group, onSaved);
}
