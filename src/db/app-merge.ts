/**
 * Merging two members on the app's database, and undoing it: member.merge and member.unmerge, through the one
 * write path. The undo is a mutation of its own (not inverse edits): the merged member is a tombstone that no edit
 * may touch, and its name and contacts were blanked on every replica, so the undo carries both records as they were.
 */
import type { ChosenFields } from '../domain/mutations/member-merge';
import type { MemberUnmergeArgs } from '../domain/mutations/member-unmerge';
import type { Member } from '../domain/people/entities';
import { db } from './database';
import { mutate, type MutationResult } from './mutators';
import { groupIdsOfMember } from './queries';

const restorable = (member: Member): MemberUnmergeArgs['keep'] => ({
  firstName: member.firstName,
  lastName: member.lastName,
  phone: member.phone,
  email: member.email,
  noContact: member.noContact,
  quarterId: member.quarterId,
  householdSize: member.householdSize,
  interests: member.interests,
  notes: member.notes,
});

export interface MergeOutcome {
  result: MutationResult;
  /** What undoes this merge, when it was made. */
  undo?: MemberUnmergeArgs;
}

export async function mergeMembers(keep: Member, merge: Member, chosen?: ChosenFields): Promise<MergeOutcome> {
  // The plan can only read rows by id, so the merged member's groups are listed here, from this phone's data.
  const groupIds = await groupIdsOfMember(db, merge.id);
  const keptGroups = new Set(await groupIdsOfMember(db, keep.id));
  const result = await mutate('member.merge', { keepId: keep.id, mergeId: merge.id, groupIds, chosen });
  if (!result.ok) return { result };
  const undo: MemberUnmergeArgs = {
    keepId: keep.id,
    mergeId: merge.id,
    keep: restorable(keep),
    merge: restorable(merge),
    groupIds: groupIds.filter((groupId) => !keptGroups.has(groupId)),
  };
  return { result, undo };
}

export function undoMerge(undo: MemberUnmergeArgs): Promise<MutationResult> {
  return mutate('member.unmerge', undo);
}
