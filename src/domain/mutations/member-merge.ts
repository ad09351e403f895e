/**
 * Merging two members who are one person (signed up twice, often on two phones offline): the kept member gains
 * what only the other knew, both sign-up histories are kept, group links move, and the other becomes a tombstone
 * that says where it went.
 */
import { z } from '../zod';
import { idSchema, type MergedSignup, type Member } from '../people/entities';
import { joinId } from '../rows/ids';
import type { RowWrite, SyncedRow } from '../rows/rows';
import { MutationRejected, defineMutation, readLive, type PlanContext } from './define';

export const memberMergeArgs = z.object({
  keepId: idSchema,
  mergeId: idSchema,
  /**
   * The merged member's groups as the device sees them: a plan can read rows by id but cannot search, so the
   * caller lists them; each link is checked, and one the server no longer has is skipped.
   */
  groupIds: z.array(idSchema).max(200).default([]),
});
export type MemberMergeArgs = z.input<typeof memberMergeArgs>;

/** Fields copied to the kept member when it has none and the other has one. */
const FILLABLE = ['lastName', 'phone', 'email', 'quarterId', 'householdSize', 'notes'] as const;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function signupOf(member: Member): MergedSignup {
  return {
    memberId: member.id,
    signupEventId: member.signupEventId,
    signupDeviceId: member.signupDeviceId,
    signupDeviceName: member.signupDeviceName,
    signupAt: member.signupAt,
    consentGiven: member.consentGiven,
    consentTextVersion: member.consentTextVersion,
    consentAt: member.consentAt,
    consentDeviceId: member.consentDeviceId,
  };
}

/** The fields the kept member gets from the merged one. Pure, so the screen can preview what a merge does. */
export function mergedFields(keep: Member, merge: Member): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of FILLABLE) {
    if (isEmpty(keep[field]) && !isEmpty(merge[field])) fields[field] = merge[field];
  }
  const interests = [...new Set([...keep.interests, ...merge.interests])];
  if (interests.length !== keep.interests.length) fields.interests = interests;
  const phone = (fields.phone as string | undefined) ?? keep.phone;
  const email = (fields.email as string | undefined) ?? keep.email;
  // "No contact" was true only for lack of one; once the merge brings a phone or an e-mail it no longer holds.
  if (keep.noContact && (phone !== '' || email !== '')) fields.noContact = false;
  fields.mergedSignups = [...(keep.mergedSignups ?? []), signupOf(merge), ...(merge.mergedSignups ?? [])];
  return fields;
}

async function movedLinks(groupIds: readonly string[], keepId: string, mergeId: string, ctx: PlanContext): Promise<RowWrite[]> {
  const writes: RowWrite[] = [];
  for (const groupId of new Set(groupIds)) {
    const link = await ctx.read.get('groupMembers', joinId(groupId, mergeId));
    const group = await ctx.read.get('groups', groupId);
    if (!link || link.deleted || !group || group.deleted) continue;
    writes.push(
      { table: 'groupMembers', id: joinId(groupId, keepId), fields: { groupId, memberId: keepId, deleted: false } },
      { table: 'groupMembers', id: joinId(groupId, mergeId), fields: { deleted: true } },
    );
  }
  return writes;
}

const asMember = (row: SyncedRow) => row as unknown as Member;

export const memberMerge = defineMutation({
  args: memberMergeArgs,
  async plan({ keepId, mergeId, groupIds }, ctx) {
    if (keepId === mergeId) throw new MutationRejected('invalid', [{ path: 'mergeId', message: 'validation.invalid' }]);
    const keep = asMember(await readLive(ctx, 'members', keepId, 'keepId'));
    const merge = asMember(await readLive(ctx, 'members', mergeId, 'mergeId'));
    return [
      { table: 'members', id: keepId, fields: mergedFields(keep, merge) },
      ...(await movedLinks(groupIds, keepId, mergeId, ctx)),
      { table: 'members', id: mergeId, fields: { deleted: true, mergedInto: keepId } },
    ];
  },
});
