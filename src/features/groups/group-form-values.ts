/** A group's editable fields as the form holds them, and back to what a mutation takes. */
import type { GroupFields, GroupKind, Rhythm } from '../../domain/people/entities';

export interface GroupFormValues {
  name: string;
  kind: GroupKind;
  quarterId: string;
  place: string;
  rhythm: Rhythm;
  rhythmNote: string;
}

export const GROUP_ERROR_FIELDS: readonly (keyof GroupFormValues)[] = ['name', 'kind', 'quarterId', 'place', 'rhythm', 'rhythmNote'];

export const EMPTY_GROUP: GroupFormValues = { name: '', kind: 'amap', quarterId: '', place: '', rhythm: 'weekly', rhythmNote: '' };

export function toGroupFormValues(group: GroupFields): GroupFormValues {
  return { ...group, quarterId: group.quarterId ?? '' };
}

export function toGroupFields(values: GroupFormValues): GroupFields {
  return {
    name: values.name.trim(),
    kind: values.kind,
    quarterId: values.quarterId || null,
    place: values.place.trim(),
    rhythm: values.rhythm,
    rhythmNote: values.rhythmNote.trim(),
  };
}
