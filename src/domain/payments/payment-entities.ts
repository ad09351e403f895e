/**
 * Payments: a contract's instalments (one row per instalment, keyed by the contract and its place in the plan, so
 * that two phones recording the same cheque make one row) and members' yearly membership fees. Money is in cents,
 * months are YYYY-MM, days YYYY-MM-DD.
 */
import { z } from '../zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText } from '../people/entities';
import { joinId } from '../rows/ids';
import type { RowMeta } from '../rows/rows';

export const PAYMENT_METHODS = ['cheque', 'transfer', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** More instalments than anyone splits a season into (one a week for a year and a half). */
export const MAX_INSTALMENTS = 80;

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.monthInvalid');
const amountSchema = z
  .number()
  .int('validation.priceInvalid')
  .min(0, 'validation.priceNegative')
  .max(10_000_000, 'validation.priceInvalid');
export const instalmentIndexSchema = z
  .number()
  .int('validation.invalid')
  .min(0, 'validation.invalid')
  .max(MAX_INSTALMENTS - 1, 'validation.invalid');

/** What an instalment is planned as, and, for a cheque, which one it is. */
export const instalmentFields = z.object({
  amountCents: amountSchema,
  dueMonth: monthSchema,
  method: z.enum(PAYMENT_METHODS),
  chequeNumber: optionalText(40),
  bank: optionalText(80),
});

export const paymentPlanArgs = z.object({
  contractId: idSchema,
  instalments: z.array(instalmentFields).min(1, 'validation.noInstalments').max(MAX_INSTALMENTS, 'validation.tooManyInstalments'),
});

/** Which instalment a step is about: its contract and its place in the plan. */
const instalmentRef = z.object({ contractId: idSchema, index: instalmentIndexSchema });

/** A member hands an instalment over (at the distribution's table, by transfer…): what was received, and when. */
export const paymentReceiveArgs = instalmentFields.extend({
  ...instalmentRef.shape,
  /** null takes the receipt back (recorded on the wrong line). */
  receivedOn: isoDateSchema.nullable(),
});

/** A received cheque given to its producer at a distribution (null: not handed over after all). */
export const paymentHandOverArgs = instalmentRef.extend({ distributionId: idSchema.nullable() });

/** The producer says they have the cheque (null: they do not). */
export const paymentConfirmArgs = instalmentRef.extend({ confirmedAt: isoDateTimeSchema.nullable() });

export const paymentCashArgs = instalmentRef.extend({ cashedIn: monthSchema.nullable() });

export const membershipFeeArgs = z.object({
  groupId: idSchema,
  memberId: idSchema,
  year: z.number().int('validation.invalid').min(2000, 'validation.invalid').max(2100, 'validation.invalid'),
  amountCents: amountSchema,
  paidOn: isoDateSchema.nullable(),
});

export type InstalmentFields = z.infer<typeof instalmentFields>;
export type MembershipFeeArgs = z.infer<typeof membershipFeeArgs>;

/**
 * One instalment. memberId, groupId and producerId are copied from the contract when it is written, so that each
 * role's scope is read on the row itself.
 */
export type Payment = RowMeta &
  InstalmentFields & {
    contractId: string;
    index: number;
    memberId: string;
    groupId: string;
    producerId: string;
    receivedOn: string | null;
    handedAt: string | null;
    confirmedAt: string | null;
    cashedIn: string | null;
  };

export type MembershipFee = RowMeta & MembershipFeeArgs;

export function paymentId(contractId: string, index: number): string {
  return joinId(contractId, String(index));
}

export function membershipFeeId(fee: { groupId: string; memberId: string; year: number }): string {
  return joinId(fee.groupId, fee.memberId, String(fee.year));
}
