/** A distribution's editable fields as the form holds them (text inputs), and back to what a mutation takes. */
import type { DistributionFields } from '../../domain/distribution/distribution-entities';

export interface DistributionFormValues {
  groupId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  volunteersNeeded: string;
  notes: string;
}

export const DISTRIBUTION_ERROR_FIELDS: readonly (keyof DistributionFormValues)[] = [
  'groupId',
  'date',
  'startTime',
  'endTime',
  'place',
  'volunteersNeeded',
  'notes',
];

export function emptyDistribution(groupId: string, place: string): DistributionFormValues {
  return { groupId, date: '', startTime: '18:00', endTime: '19:30', place, volunteersNeeded: '2', notes: '' };
}

export function toDistributionFormValues(d: DistributionFields): DistributionFormValues {
  return { ...d, volunteersNeeded: String(d.volunteersNeeded) };
}

export function toDistributionFields(values: DistributionFormValues): DistributionFields {
  const count = values.volunteersNeeded.trim();
  return {
    groupId: values.groupId,
    date: values.date,
    startTime: values.startTime,
    endTime: values.endTime,
    place: values.place.trim(),
    // Not a whole number: NaN, which the mutation refuses with a field error like any other bad value.
    volunteersNeeded: /^\d+$/.test(count) ? Number(count) : Number.NaN,
    notes: values.notes.trim(),
  };
}
