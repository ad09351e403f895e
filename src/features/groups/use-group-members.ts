/** A group's members, and the members a search finds that are not in it yet. */
import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listMembers, memberIdsOfGroup } from '../../db/queries';
import { buildSearchKeys, filterMembers } from '../../domain/people/member-search';

// Enough to pick the right person on a phone; a longer list means the search should be more precise.
const MAX_CANDIDATES = 10;

export function useGroupMembers(groupId: string, search: string) {
  const members = useLiveQuery(() => listMembers(db), []);
  const ids = useLiveQuery(() => memberIdsOfGroup(db, groupId), [groupId]);
  const query = useDeferredValue(search);

  const keys = useMemo(() => buildSearchKeys(members ?? []), [members]);
  const memberIds = useMemo(() => new Set(ids ?? []), [ids]);
  const inGroup = useMemo(() => filterMembers(keys, { query: '', quarterId: null, memberIds }), [keys, memberIds]);
  const candidates = useMemo(() => {
    if (query.trim() === '') return [];
    return filterMembers(keys, { query, quarterId: null, memberIds: null })
      .filter((member) => !memberIds.has(member.id))
      .slice(0, MAX_CANDIDATES);
  }, [keys, query, memberIds]);

  return { inGroup, candidates, searching: query.trim() !== '' };
}
