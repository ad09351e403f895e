/** The members list: live rows, search keys built once per change of the list, and the filtered result. */
import { useDeferredValue, useMemo } from 'react';
import { NO_ROWS, useAreas, useGroupLinks, useGroups, useMembers } from '../../db/hooks/use-lists';
import { buildSearchKeys, memberSearch } from '../../domain/people/member-search';

export interface MemberListFilter {
  query: string;
  /** '' for every quarter or group. */
  quarterId: string;
  groupId: string;
}

export function useMemberList(filter: MemberListFilter) {
  const members = useMembers();
  const areas = useAreas();
  const groups = useGroups();
  const links = useGroupLinks();
  // Typing stays responsive on a slow phone: the list catches up with the query when it can.
  const query = useDeferredValue(filter.query);

  const search = useMemo(() => memberSearch(buildSearchKeys(members ?? NO_ROWS)), [members]);
  const memberIds = useMemo(() => {
    if (filter.groupId === '') return null;
    return new Set((links ?? NO_ROWS).filter((link) => link.groupId === filter.groupId).map((link) => link.memberId));
  }, [links, filter.groupId]);
  const results = useMemo(
    () => search({ query, quarterId: filter.quarterId || null, memberIds }),
    [search, query, filter.quarterId, memberIds],
  );
  const areaNames = useMemo(() => new Map((areas ?? NO_ROWS).map((area) => [area.id, area.name])), [areas]);

  return { loading: members === undefined, results, areas: areas ?? NO_ROWS, groups: groups ?? NO_ROWS, areaNames };
}
