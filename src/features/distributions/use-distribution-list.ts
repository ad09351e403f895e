/** The distributions of one group or of all, split into upcoming and past, with the groups' names. */
import { useMemo } from 'react';
import { NO_ROWS, useDistributions, useGroups } from '../../db/hooks/use-lists';
import { splitByDate } from '../../domain/distribution/distribution-calendar';
import { localToday } from '../../domain/format/day-format';

export function useDistributionList(groupId: string) {
  const distributions = useDistributions();
  const groups = useGroups();
  const groupNames = useMemo(() => new Map((groups ?? NO_ROWS).map((group) => [group.id, group.name])), [groups]);
  const split = useMemo(() => {
    // A distribution of a deleted group is not shown: there is no one left to hand baskets to.
    const shown = (distributions ?? NO_ROWS).filter((d) => groupNames.has(d.groupId) && (groupId === '' || d.groupId === groupId));
    return splitByDate(shown, localToday());
  }, [distributions, groupNames, groupId]);
  return { loading: distributions === undefined || groups === undefined, groups: groups ?? NO_ROWS, groupNames, ...split };
}
