/** Who is marked present at an event (members and producers), and the people a search finds who are not yet. */
import { useDeferredValue, useMemo } from 'react';
import { usePresentAt } from '../../db/hooks/use-event-people';
import { NO_ROWS, useMembers, useProducers } from '../../db/hooks/use-lists';
import { buildSearchKeys, displayName, filterMembers, type SearchableMember } from '../../domain/people/member-search';
import type { AttendeeKind } from '../../domain/people/vocabulary';

export interface Attendee extends SearchableMember {
  kind: AttendeeKind;
  name: string;
}

// Enough to pick the right person on a phone; a longer list means the search should be more precise.
const MAX_CANDIDATES = 10;

export function useAttendance(eventId: string, search: string) {
  const present = usePresentAt(eventId);
  const members = useMembers();
  const producers = useProducers();
  const query = useDeferredValue(search);

  // Producers are searched like members: by name (and farm), e-mail or phone.
  const keys = useMemo(() => {
    const people: Attendee[] = [
      ...(members ?? NO_ROWS).map((member): Attendee => ({ ...member, kind: 'member', name: displayName(member) })),
      ...(producers ?? NO_ROWS).map((producer): Attendee => ({
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

  const presentIds = useMemo(() => new Set((present ?? NO_ROWS).map((row) => row.attendeeId)), [present]);
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
