/** Who is marked present at an event (members and producers), and the people a search finds who are not yet. */
import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listMembers, listPresentAt, listProducers } from '../../db/queries';
import { buildSearchKeys, displayName, filterMembers, type SearchableMember } from '../../domain/people/member-search';
import type { AttendeeKind } from '../../domain/people/vocabulary';

export interface Attendee extends SearchableMember {
  kind: AttendeeKind;
  name: string;
}

// Enough to pick the right person on a phone; a longer list means the search should be more precise.
const MAX_CANDIDATES = 10;

export function useAttendance(eventId: string, search: string) {
  const present = useLiveQuery(() => listPresentAt(db, eventId), [eventId]);
  const members = useLiveQuery(() => listMembers(db), []);
  const producers = useLiveQuery(() => listProducers(db), []);
  const query = useDeferredValue(search);

  // Producers are searched like members: by name (and farm), e-mail or phone.
  const keys = useMemo(() => {
    const people: Attendee[] = [
      ...(members ?? []).map((member): Attendee => ({ ...member, kind: 'member', name: displayName(member) })),
      ...(producers ?? []).map((producer): Attendee => ({
        ...producer,
        kind: 'producer',
        firstName: producer.name,
        lastName: producer.farm,
        quarterId: null,
        name: producer.name,
      })),
    ];
    return buildSearchKeys(people);
  }, [members, producers]);

  const presentIds = useMemo(() => new Set((present ?? []).map((row) => row.attendeeId)), [present]);
  // A person deleted since is no longer listed; their attendance row stays for the year's figures.
  const attendees = useMemo(() => filterMembers(keys, { query: '', quarterId: null, memberIds: presentIds }), [keys, presentIds]);
  const candidates = useMemo(() => {
    if (query.trim() === '') return [];
    return filterMembers(keys, { query, quarterId: null, memberIds: null })
      .filter((person) => !presentIds.has(person.id))
      .slice(0, MAX_CANDIDATES);
  }, [keys, query, presentIds]);

  return { attendees, candidates, searching: query.trim() !== '' };
}
