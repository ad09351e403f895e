/**
 * An event's main fields as its form holds them. Partners present and the visitor count are edited apart, on the
 * event's screen, so an edit of the name never carries them.
 */
import { mutate } from '../../db/mutators';
import type { EventFields, EventRow } from '../../domain/people/entities';
import type { EntityFormSpec } from '../../ui/use-entity-form';

type MainFields = Pick<EventFields, 'name' | 'kind' | 'date' | 'place' | 'quarterId'>;
export type EventFormValues = Omit<MainFields, 'quarterId'> & { quarterId: string };

export const eventSpec: EntityFormSpec<EventRow, EventFormValues, MainFields> = {
  // No date by default: the programme's meetings are mostly planned ahead, so today would often be wrong.
  empty: { name: '', kind: 'quarterCouncil', date: '', place: '', quarterId: '' },
  valuesOf: ({ name, kind, date, place, quarterId }) => ({ name, kind, date, place, quarterId: quarterId ?? '' }),
  fieldsOf: (values) => ({ ...values, quarterId: values.quarterId || null }),
  create: (id, fields) => mutate('event.create', { id, ...fields }),
  update: (id, patch) => mutate('event.update', { id, patch }),
};

/** A count typed by hand: whole numbers only; anything else is NaN, which the schema refuses with a message. */
export function parseCount(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}
