/** Members who may be one person (same name, same phone or e-mail), and the names of their quarters. */
import { useMemo } from 'react';
import { NO_ROWS, useAreas, useMembers } from '../../db/hooks/use-lists';
import { findDuplicatePairs } from '../../domain/people/duplicate-pairs';

export function useDuplicates() {
  const members = useMembers();
  const areas = useAreas() ?? NO_ROWS;
  const pairs = useMemo(() => (members ? findDuplicatePairs(members) : undefined), [members]);
  const areaName = (id: string | null) => areas.find((area) => area.id === id)?.name ?? null;
  return { pairs, areaName };
}
