/** The "create the stand's event" form without React: its draft and the `event.create` arguments it makes. */
import type { EventKind } from '../../domain/people/entities';
import type { MutationArgs } from '../../domain/mutations/registry';

export interface EventDraft {
  name: string;
  kind: EventKind;
  date: string;
  place: string;
  quarterId: string;
  /** The group whose animators run the event with this phone, or '' for none. */
  groupId: string;
}

export function emptyEventDraft(today: string): EventDraft {
  return { name: '', kind: 'festivalStand', date: today, place: '', quarterId: '', groupId: '' };
}

export function buildEventArgs(draft: EventDraft, id: string): MutationArgs<'event.create'> {
  return { id, ...draft, quarterId: draft.quarterId === '' ? null : draft.quarterId, groupId: draft.groupId === '' ? null : draft.groupId };
}
