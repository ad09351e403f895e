/** A group's members, and the members a search finds that are not in it yet. */
import { useDeferredValue, useMemo } from 'react';
import { useMemberIdsOfGroup } from '../../db/hooks/use-group-links';
import { NO_ROWS, useMembers } from '../../db/hooks/use-lists';
import { buildSearchKeys, filterMembers } from '../../domain/people/member-search';

// Enough to pick the right person on a phone; a longer list means the search should be more precise.
const MAX_CANDIDATES = 10;

export function useGroupMembers(groupId: string, search: string) {
  const members = useMembers();
  const ids = useMemberIdsOfGroup(groupId);
  const query = useDeferredValue(search);

  const keys = useMemo(() => buildSearchKeys(members ?? NO_ROWS), [members]);
  const memberIds = useMemo(() => new Set(ids ?? NO_ROWS), [ids]);
  const inGroup = useMemo(() => filterMembers(keys, { query: '', quarterId: null, memberIds }), [keys, memberIds]);
  const candidates = useMemo(() => {
    if (query.trim() === '') return [];
    return filterMembers(keys, { query, quarterId: null, memberIds: null })
      .filter((member) => !memberIds.has(member.id))
      .slice(0, MAX_CANDIDATES);
  }, [keys, query, memberIds]);

  return { inGroup, candidates, searching: query.trim() !== '' };
}
