/** Signing people up, editing them, removing them, and linking them to consumer groups. */
import { z } from 'zod';
import { idSchema, memberFields, requireContact, memberPatchFields, signupRecord } from '../entities';
import { joinId } from '../ids';
import { checkRef, defineMutation, parseOrReject, readLive, type PlanContext } from './define';

export const signUpArgs = z
  .object({ id: idSchema, demo: z.boolean().optional() })
  .extend(memberFields.shape)
  .extend(signupRecord.shape)
  .superRefine(requireContact);
export type SignUpArgs = z.input<typeof signUpArgs>;

async function checkMemberRefs(fields: { quarterId?: string | null; signupEventId?: string | null }, ctx: PlanContext) {
  await checkRef(ctx, 'areas', fields.quarterId ?? null, 'quarterId');
  await checkRef(ctx, 'events', fields.signupEventId ?? null, 'signupEventId');
}

export const memberSignUp = defineMutation({
  args: signUpArgs,
  async plan({ id, demo, ...values }, ctx) {
    await checkMemberRefs(values, ctx);
    return [{ table: 'members', id, fields: { ...values, deleted: false, demo: demo ?? false } }];
  },
});

export const memberUpdate = defineMutation({
  args: z.object({ id: idSchema, patch: memberPatchFields }),
  async plan({ id, patch }, ctx) {
    const existing = await readLive(ctx, 'members', id);
    parseOrReject(memberFields, { ...existing, ...patch }, 'patch');
    await checkMemberRefs(patch, ctx);
    return [{ table: 'members', id, fields: patch }];
  },
});

export const memberDelete = defineMutation({
  args: z.object({ id: idSchema }),
  async plan({ id }, ctx) {
    await readLive(ctx, 'members', id);
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
