/** The members list: live rows, search keys built once per change of the list, and the filtered result. */
import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listAreas, listGroupLinks, listGroups, listMembers } from '../../db/queries';
import { buildSearchKeys, filterMembers } from '../../domain/people/member-search';

export interface MemberListFilter {
  query: string;
  /** '' for every quarter or group. */
  quarterId: string;
  groupId: string;
}

export function useMemberList(filter: MemberListFilter) {
  const members = useLiveQuery(() => listMembers(db), []);
  const areas = useLiveQuery(() => listAreas(db), []);
  const groups = useLiveQuery(() => listGroups(db), []);
  const links = useLiveQuery(() => listGroupLinks(db), []);
  // Typing stays responsive on a slow phone: the list catches up with the query when it can.
  const query = useDeferredValue(filter.query);

  const keys = useMemo(() => buildSearchKeys(members ?? []), [members]);
  const memberIds = useMemo(() => {
    if (filter.groupId === '') return null;
    return new Set((links ?? []).filter((link) => link.groupId === filter.groupId).map((link) => link.memberId));
  }, [links, filter.groupId]);
  const results = useMemo(
    () => filterMembers(keys, { query, quarterId: filter.quarterId || null, memberIds }),
    [keys, query, filter.quarterId, memberIds],
  );
  const areaNames = useMemo(() => new Map((areas ?? []).map((area) => [area.id, area.name])), [areas]);

  return { loading: members === undefined, results, areas: areas ?? [], groups: groups ?? [], areaNames };
}
