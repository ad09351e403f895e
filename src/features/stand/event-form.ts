/** The "create the stand's event" form without React: its draft and the `event.create` arguments it makes. */
import type { EventKind } from '../../domain/entities';
import { dateTimeFormat } from '../../domain/intl-formatters';
import type { MutationArgs } from '../../domain/mutations/registry';

export interface EventDraft {
  name: string;
  kind: EventKind;
  date: string;
  place: string;
  quarterId: string;
}

export function emptyEventDraft(today: string): EventDraft {
  return { name: '', kind: 'festivalStand', date: today, place: '', quarterId: '' };
}

export function buildEventArgs(draft: EventDraft, id: string): MutationArgs<'event.create'> {
  return { id, ...draft, quarterId: draft.quarterId === '' ? null : draft.quarterId };
}

/** An event's day in words ("20 juin 2026"); the date is a calendar day, so it is read in local time, not UTC. */
export function formatEventDate(date: string, language: string): string {
  const day = new Date(`${date}T00:00:00`);
  if (Number.isNaN(day.getTime())) return date;
  return dateTimeFormat(language, { dateStyle: 'long' }).format(day);
}
