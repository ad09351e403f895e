/**
 * Signing people up, editing them, removing them, and linking them to consumer groups. A person is never refused
 * for their quarter or the event they signed up at being gone (OPTIONAL_REFS): only the reference is let go of.
 */
import { z } from '../zod';
import { idSchema, memberFields, requireContact, memberPatchFields, signupRecord } from '../people/entities';
import { joinId } from '../rows/ids';
import { createdFields, defineMutation, editedFields, parseOrReject, readLive, refuseTaken } from './define';

export const signUpArgs = z
  .object({ id: idSchema, demo: z.boolean().optional() })
  .extend(memberFields.shape)
  .extend(signupRecord.shape)
  .superRefine(requireContact);
export type SignUpArgs = z.input<typeof signUpArgs>;

export const memberSignUp = defineMutation({
  args: signUpArgs,
  async plan({ id, demo, ...values }, ctx) {
    await refuseTaken(ctx, 'members', id);
    return [{ table: 'members', id, fields: { ...(await createdFields(ctx, 'members', values)), deleted: false, demo: demo ?? false } }];
  },
});

export const memberUpdate = defineMutation({
  args: z.object({ id: idSchema, patch: memberPatchFields }),
  async plan({ id, patch }, ctx) {
    const existing = await readLive(ctx, 'members', id);
    parseOrReject(memberFields, { ...existing, ...patch }, 'patch');
    return [{ table: 'members', id, fields: await editedFields(ctx, 'members', patch) }];
  },
});

export const memberDelete = defineMutation({
  args: z.object({ id: idSchema }),
  async plan({ id }, ctx) {
    await readLive(ctx, 'members', id);
    // The merge blanks the person's name and contacts on every replica (ERASED_WHEN_DELETED in rows.ts).
    return [{ table: 'members', id, fields: { deleted: true } }];
  },
});

const membershipArgs = z.object({ groupId: idSchema, memberId: idSchema });

export const groupMemberAdd = defineMutation({
  args: membershipArgs,
  async plan({ groupId, memberId }, ctx) {
    await readLive(ctx, 'groups', groupId, 'groupId');
    await readLive(ctx, 'members', memberId, 'memberId');
    return [{ table: 'groupMembers', id: joinId(groupId, memberId), fields: { groupId, memberId, deleted: false } }];
  },
});

export const groupMemberRemove = defineMutation({
  args: membershipArgs,
  async plan({ groupId, memberId }, ctx) {
    await readLive(ctx, 'groupMembers', joinId(groupId, memberId));
    return [{ table: 'groupMembers', id: joinId(groupId, memberId), fields: { deleted: true } }];
  },
});
