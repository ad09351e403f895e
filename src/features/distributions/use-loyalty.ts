/** The loyalty figure of a group: members who collected at N of its last M past distributions. */
import { useMemo, useState } from 'react';
import { useGroupHistory } from '../../db/hooks/use-group-links';
import { heldDistributions } from '../../domain/distribution/distribution-calendar';
import { loyalty } from '../../domain/distribution/loyalty';
import { localToday } from '../../domain/format/day-format';

export function useLoyalty(groupId: string) {
  const [atLeast, setAtLeast] = useState(3);
  const [lastCount, setLastCount] = useState(4);
  const history = useGroupHistory(groupId);
  const valid = atLeast >= 1 && lastCount >= 1 && atLeast <= lastCount;
  const figure = useMemo(() => {
    if (!history || !valid) return null;
    const held = heldDistributions(history.distributions, history.contracts, history.absences, history.pickups, localToday());
    return loyalty(held, atLeast, lastCount);
  }, [history, valid, atLeast, lastCount]);
  return { atLeast, setAtLeast, lastCount, setLastCount, valid, figure };
}
