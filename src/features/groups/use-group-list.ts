/** The groups with their quarter's name and their number of (live) members. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listAreas, listGroupLinks, listGroups, listMembers } from '../../db/queries';

export function useGroupList() {
  const groups = useLiveQuery(() => listGroups(db), []);
  const areas = useLiveQuery(() => listAreas(db), []);
  const links = useLiveQuery(() => listGroupLinks(db), []);
  const members = useLiveQuery(() => listMembers(db), []);

  const memberCounts = useMemo(() => {
    // A deleted member's link may outlive it: count only the members still there.
    const liveIds = new Set((members ?? []).map((member) => member.id));
    const counts = new Map<string, number>();
    for (const link of links ?? []) {
      if (liveIds.has(link.memberId)) counts.set(link.groupId, (counts.get(link.groupId) ?? 0) + 1);
    }
    return counts;
  }, [links, members]);
  const areaNames = useMemo(() => new Map((areas ?? []).map((area) => [area.id, area.name])), [areas]);

  return { loading: groups === undefined, groups: groups ?? [], areas: areas ?? [], areaNames, memberCounts };
}
