/**
 * Payments: a contract's plan, the instalments received, handed to the producer, confirmed by them and cashed, and
 * members' membership fees. An instalment's row is keyed by its contract and place in the plan, so the same cheque
 * recorded on two phones is one row; each step writes its own fields only, so that concurrent steps all stay.
 */
import {
  MAX_INSTALMENTS,
  membershipFeeArgs,
  membershipFeeId,
  paymentCashArgs,
  paymentConfirmArgs,
  paymentHandOverArgs,
  paymentId,
  paymentPlanArgs,
  paymentReceiveArgs,
} from '../payments/payment-entities';
import type { RowWrite } from '../rows/rows';
import { defineMutation, readLive, type PlanContext } from './define';

/** What an instalment's row copies of its contract, so that each role's scope is read on the row itself. */
async function contractRefs(ctx: PlanContext, contractId: string) {
  const contract = await readLive(ctx, 'contracts', contractId, 'contractId');
  return { contractId, memberId: contract.memberId, groupId: contract.groupId, producerId: contract.producerId };
}

/**
 * Sets the plan: instalment i gets the i-th amount, month, method and cheque; instalments past the new count are
 * removed. What was received, handed over or cashed is left as it is: those are other steps' fields.
 */
export const paymentPlanSet = defineMutation({
  args: paymentPlanArgs,
  async plan({ contractId, instalments }, ctx) {
    const refs = await contractRefs(ctx, contractId);
    const writes: RowWrite[] = instalments.map((instalment, index) => ({
      table: 'payments',
      id: paymentId(contractId, index),
      fields: { ...refs, index, ...instalment, deleted: false },
    }));
    for (let index = instalments.length; index < MAX_INSTALMENTS; index += 1) {
      const id = paymentId(contractId, index);
      const row = await ctx.read.get('payments', id);
      if (row && !row.deleted) writes.push({ table: 'payments', id, fields: { deleted: true } });
    }
    return writes;
  },
});

/**
 * An instalment received (or, with receivedOn null, taken back). It carries the instalment's own fields, so that a
 * receipt recorded offline before the plan reached the phone still makes a whole row.
 */
export const paymentReceive = defineMutation({
  args: paymentReceiveArgs,
  async plan({ contractId, index, ...received }, ctx) {
    const refs = await contractRefs(ctx, contractId);
    return [{ table: 'payments', id: paymentId(contractId, index), fields: { ...refs, index, ...received, deleted: false } }];
  },
});

/** A later step of an instalment that exists: one field of it set (or cleared, with null). */
async function stepWrite(ctx: PlanContext, contractId: string, index: number, fields: Record<string, unknown>): Promise<RowWrite[]> {
  const id = paymentId(contractId, index);
  await readLive(ctx, 'payments', id, 'index');
  return [{ table: 'payments', id, fields }];
}

export const paymentHandOver = defineMutation({
  args: paymentHandOverArgs,
  async plan({ contractId, index, distributionId }, ctx) {
    if (distributionId !== null) await readLive(ctx, 'distributions', distributionId, 'distributionId');
    return stepWrite(ctx, contractId, index, { handedAt: distributionId });
  },
});

export const paymentConfirmHanded = defineMutation({
  args: paymentConfirmArgs,
  plan: ({ contractId, index, confirmedAt }, ctx) => stepWrite(ctx, contractId, index, { confirmedAt }),
});

export const paymentCash = defineMutation({
  args: paymentCashArgs,
  plan: ({ contractId, index, cashedIn }, ctx) => stepWrite(ctx, contractId, index, { cashedIn }),
});

/** A member's fee for a group and a year: its amount and the day it was paid (null: not paid). */
export const membershipFeeSet = defineMutation({
  args: membershipFeeArgs,
  async plan(args, ctx) {
    await readLive(ctx, 'groups', args.groupId, 'groupId');
    await readLive(ctx, 'members', args.memberId, 'memberId');
    return [{ table: 'membershipFees', id: membershipFeeId(args), fields: { ...args, deleted: false } }];
  },
});
