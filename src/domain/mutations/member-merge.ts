/**
 * Merging two members who are one person (signed up twice, often on two phones offline): the kept member gains
 * what only the other knew, both sign-up histories are kept, group links move, and the other becomes a tombstone
 * that says where it went.
 */
import { z } from '../zod';
import { idSchema, memberFields, memberPatchFields, type MergedSignup, type Member } from '../people/entities';
import { storedPhone } from '../people/phone';
import { joinId } from '../rows/ids';
import type { RowWrite, SyncedRow } from '../rows/rows';
import { MutationRejected, defineMutation, parseOrReject, readLive, type PlanContext } from './define';

export const memberMergeArgs = z.object({
  keepId: idSchema,
  mergeId: idSchema,
  /**
   * The merged member's groups as the device sees them: a plan can read rows by id but cannot search, so the
   * caller lists them; each link is checked, and one the server no longer has is skipped.
   */
  groupIds: z.array(idSchema).max(200).default([]),
  /**
   * The values the coordinator chose, field by field, for the kept member (taken from either record). Missing (as in
   * entries written before the choice existed): the kept member's values, filled in where it has none.
   */
  chosen: memberPatchFields.pick({ firstName: true, lastName: true, phone: true, email: true, quarterId: true, notes: true }).optional(),
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

export type ChosenFields = NonNullable<z.output<typeof memberMergeArgs>['chosen']>;

/** The fields the kept member gets from the merged one. Pure, so the screen can preview what a merge does. */
export function mergedFields(keep: Member, merge: Member, chosen: ChosenFields = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const isChosen = (field: string) => (chosen as Record<string, unknown>)[field] !== undefined;
  for (const field of FILLABLE) {
    if (!isChosen(field) && isEmpty(keep[field]) && !isEmpty(merge[field])) fields[field] = merge[field];
  }
  // A chosen value is written only where it changes the kept member: an unchanged field keeps its own clock.
  for (const [field, value] of Object.entries(chosen)) {
    const stored = field === 'phone' ? storedPhone(String(value)) : value;
    if (value !== undefined && stored !== keep[field as keyof Member]) fields[field] = stored;
  }
  const interests = [...new Set([...keep.interests, ...merge.interests])];
  if (interests.length !== keep.interests.length) fields.interests = interests;
  const phone = (fields.phone as string | undefined) ?? keep.phone;
  const email = (fields.email as string | undefined) ?? keep.email;
  // "No contact" was true only for lack of one; once the merge brings a phone or an e-mail it no longer holds.
  if (keep.noContact && (phone !== '' || email !== '')) fields.noContact = false;
  // Only what this merge adds: the field merges as a set (rows/union-fields.ts), so that two phones merging two
  // people into this member at once keep both histories.
  fields.mergedSignups = [signupOf(merge), ...(merge.mergedSignups ?? []).filter((signup) => signup.undone !== true)];
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
  async plan({ keepId, mergeId, groupIds, chosen }, ctx) {
    if (keepId === mergeId) throw new MutationRejected('invalid', [{ path: 'mergeId', message: 'validation.invalid' }]);
    const keep = asMember(await readLive(ctx, 'members', keepId, 'keepId'));
    const merge = asMember(await readLive(ctx, 'members', mergeId, 'mergeId'));
    const fields = mergedFields(keep, merge, chosen);
    // The chosen values must still make a valid member (a contact, unless "no contact").
    if (chosen) parseOrReject(memberFields, { ...keep, ...fields }, 'chosen');
    return [
      { table: 'members', id: keepId, fields },
      ...(await movedLinks(groupIds, keepId, mergeId, ctx)),
      { table: 'members', id: mergeId, fields: { deleted: true, mergedInto: keepId } },
    ];
  },
});
