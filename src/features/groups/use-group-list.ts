/** The groups with their quarter's name and their number of (live) members. */
import { useMemo } from 'react';
import { NO_ROWS, useAreas, useGroupLinks, useGroups, useMembers } from '../../db/hooks/use-lists';

export function useGroupList() {
  const groups = useGroups();
  const areas = useAreas();
  const links = useGroupLinks();
  const members = useMembers();

  const memberCounts = useMemo(() => {
    // A deleted member's link may outlive it: count only the members still there.
    const liveIds = new Set((members ?? NO_ROWS).map((member) => member.id));
    const counts = new Map<string, number>();
    for (const link of links ?? NO_ROWS) {
      if (liveIds.has(link.memberId)) counts.set(link.groupId, (counts.get(link.groupId) ?? 0) + 1);
    }
    return counts;
  }, [links, members]);
  const areaNames = useMemo(() => new Map((areas ?? NO_ROWS).map((area) => [area.id, area.name])), [areas]);

  return { loading: groups === undefined, groups: groups ?? NO_ROWS, areas: areas ?? NO_ROWS, areaNames, memberCounts };
}
