/**
 * Undoing a merge, right after it: the merged member lives again with the values it had, the kept member gets back
 * the values it had, the merged sign-ups are marked undone on it (the list merges as a set, so an entry is marked,
 * never removed) and the group links move back. The device that merged holds both records as they were, and sends
 * them: the merge blanked the merged member's name and contacts on every replica.
 */
import { z } from '../zod';
import { idSchema, memberPatchFields, type Member } from '../people/entities';
import { joinId } from '../rows/ids';
import type { RowWrite } from '../rows/rows';
import { MutationRejected, defineMutation, editedFields, readLive } from './define';

const restoredFields = memberPatchFields.pick({
  firstName: true,
  lastName: true,
  phone: true,
  email: true,
  noContact: true,
  quarterId: true,
  householdSize: true,
  interests: true,
  notes: true,
});

export const memberUnmergeArgs = z.object({
  keepId: idSchema,
  mergeId: idSchema,
  /** The kept member's values before the merge. */
  keep: restoredFields,
  /** The merged member's values before the merge. */
  merge: restoredFields,
  /** The groups whose link the merge moved from the merged member to the kept one. */
  groupIds: z.array(idSchema).max(200).default([]),
});
export type MemberUnmergeArgs = z.input<typeof memberUnmergeArgs>;

export const memberUnmerge = defineMutation({
  args: memberUnmergeArgs,
  async plan({ keepId, mergeId, keep, merge, groupIds }, ctx) {
    const kept = (await readLive(ctx, 'members', keepId, 'keepId')) as unknown as Member;
    const merged = (await ctx.read.get('members', mergeId)) as unknown as Member | undefined;
    // Only a merge into this member is undone: never a deletion, nor a merge into someone else.
    if (!merged || !merged.deleted || merged.mergedInto !== keepId)
      throw new MutationRejected('invalid', [{ path: 'mergeId', message: 'validation.invalid' }]);
    const undone = new Set([mergeId, ...(merged.mergedSignups ?? []).map((signup) => signup.memberId)]);
    const mergedSignups = (kept.mergedSignups ?? [])
      .filter((signup) => undone.has(signup.memberId))
      .map(({ at: _at, ...signup }) => ({ ...signup, undone: true }));
    const links: RowWrite[] = groupIds.flatMap((groupId) => [
      { table: 'groupMembers', id: joinId(groupId, mergeId), fields: { groupId, memberId: mergeId, deleted: false } },
      { table: 'groupMembers', id: joinId(groupId, keepId), fields: { deleted: true } },
    ]);
    return [
      { table: 'members', id: keepId, fields: { ...(await editedFields(ctx, 'members', keep)), mergedSignups } },
      { table: 'members', id: mergeId, fields: { ...(await editedFields(ctx, 'members', merge)), deleted: false, mergedInto: null } },
      ...links,
    ];
  },
});
