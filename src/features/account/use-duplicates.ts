/** Members who may be one person (same name, same phone or e-mail), and merging a pair into the one kept. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { mutate, type MutationResult } from '../../db/mutators';
import { groupIdsOfMember, listAreas, listMembers } from '../../db/queries';
import { findDuplicatePairs } from '../../domain/people/duplicate-pairs';

export function useDuplicates() {
  const members = useLiveQuery(() => listMembers(db), []);
  const areas = useLiveQuery(() => listAreas(db), [], []);
  const pairs = useMemo(() => (members ? findDuplicatePairs(members) : undefined), [members]);
  const areaName = (id: string | null) => areas.find((area) => area.id === id)?.name ?? null;
  return { pairs, areaName };
}

export async function mergeMembers(keepId: string, mergeId: string): Promise<MutationResult> {
  // The plan can only read rows by id, so the merged member's groups are listed here, from this phone's data.
  const groupIds = await groupIdsOfMember(db, mergeId);
  return mutate('member.merge', { keepId, mergeId, groupIds });
}
