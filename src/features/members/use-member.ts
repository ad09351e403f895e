/** One member for the detail screen: undefined while loading, null when there is no such member (or it was deleted). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { getLive, listAreas, listContractsOfMember } from '../../db/queries';
import type { EventRow, Member } from '../../domain/people/entities';

export function useMember(id: string) {
  const member = useLiveQuery(async () => (await getLive<Member>(db, 'members', id)) ?? null, [id]);
  const eventId = member?.signupEventId ?? null;
  // undefined while loading, null for no event or a deleted one.
  const signupEvent = useLiveQuery(async () => (eventId ? ((await getLive<EventRow>(db, 'events', eventId)) ?? null) : null), [eventId]);
  const areas = useLiveQuery(() => listAreas(db), []);
  const contracts = useLiveQuery(() => listContractsOfMember(db, id), [id]);
  // A producer's phone holds members as first name and initial only (the server's projection): no sign-up, no contact.
  const namesOnly = member ? typeof member.signupAt !== 'string' : false;
  return { member, namesOnly, signupEvent, areas: areas ?? [], contracts };
}
