/**
 * Distribution day: producers' offers, members' contracts (a season or a one-off order), distributions, absences
 * and proxies, pick-up check-offs and volunteer slots, as zod schemas shared by the app and the server.
 * Money is in cents (integers), dates are ISO calendar days (YYYY-MM-DD), times HH:MM.
 */
import { z } from '../zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, optionalText, productKindSchema, requiredText } from '../people/entities';
import type { RowMeta } from '../rows/rows';

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.timeInvalid');
const centsSchema = z.number().int('validation.priceInvalid').min(0, 'validation.priceNegative').max(1_000_000, 'validation.priceInvalid');

export const UNITS = ['basket', 'kg', 'piece', 'dozen', 'litre', 'jar', 'loaf'] as const;
export const offerFields = z.object({
  producerId: idSchema,
  name: requiredText(120),
  productKind: productKindSchema,
  unit: z.enum(UNITS),
  defaultPriceCents: centsSchema,
});

export const BASKET_SIZES = ['small', 'medium', 'large'] as const;
export const CONTRACT_KINDS = ['season', 'oneOff'] as const;

const contractShape = z.object({
  memberId: idSchema,
  groupId: idSchema,
  offerId: idSchema,
  kind: z.enum(CONTRACT_KINDS),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  deliveryDates: z.array(isoDateSchema).min(1, 'validation.noDeliveries').max(120, 'validation.tooManyDeliveries'),
  quantity: z.number().positive('validation.quantityPositive').max(1000, 'validation.quantityPositive'),
  size: z.enum(BASKET_SIZES).nullable(),
  pricePerDeliveryCents: centsSchema,
  notes: optionalText(500),
});

export function checkSeason(
  contract: { startDate: string; endDate: string; deliveryDates: readonly string[] },
  ctx: z.RefinementCtx,
): void {
  if (contract.endDate < contract.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.endBeforeStart' });
    return;
  }
  if (contract.deliveryDates.some((date) => date < contract.startDate || date > contract.endDate)) {
    ctx.addIssue({ code: 'custom', path: ['deliveryDates'], message: 'validation.deliveryOutsideSeason' });
  }
  if (new Set(contract.deliveryDates).size !== contract.deliveryDates.length) {
    ctx.addIssue({ code: 'custom', path: ['deliveryDates'], message: 'validation.deliveryTwice' });
  }
}

export const contractFields = contractShape.superRefine(checkSeason);
export const contractPatchFields = contractShape.partial();

export const distributionShape = z.object({
  groupId: idSchema,
  date: isoDateSchema,
  startTime: timeSchema,
  endTime: timeSchema,
  place: optionalText(200),
  volunteersNeeded: z.number().int('validation.invalid').min(0, 'validation.invalid').max(50, 'validation.invalid'),
  notes: optionalText(1000),
});

export function checkOpeningHours(d: { startTime: string; endTime: string }, ctx: z.RefinementCtx): void {
  if (d.endTime <= d.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.endBeforeStart' });
}

export const distributionFields = distributionShape.superRefine(checkOpeningHours);

/** A member's word about a distribution: away (no proxy) or someone else will collect (proxy named). */
export const absenceFields = z.object({
  distributionId: idSchema,
  memberId: idSchema,
  proxyName: optionalText(120),
  note: optionalText(300),
});

export const PICKUP_STATUSES = ['pending', 'collected', 'collectedByOther', 'notCollected'] as const;
/** One check-off event; the row keeps the latest event per basket (all its fields are written together). */
export const pickupFields = z.object({
  distributionId: idSchema,
  contractId: idSchema,
  status: z.enum(PICKUP_STATUSES),
  /** Who actually collected, when it was not the member. */
  collectedBy: optionalText(120),
  recordedAt: isoDateTimeSchema,
  deviceId: idSchema,
});

/**
 * A distribution's basket numbers, by contract: decided once by a device that holds every basket of the day (see
 * numberedAfter) and synced with the distribution, so the sheet, the check-off and the producer's phone, which holds
 * only its own contracts, show the same number. A number once given is never moved nor given again.
 */
export const basketNumbersSchema = z.record(idSchema, z.number().int().positive());

export const volunteerFields = z.object({
  distributionId: idSchema,
  memberId: idSchema,
  task: optionalText(120),
});

export type OfferFields = z.infer<typeof offerFields>;
export type ContractFields = z.infer<typeof contractFields>;
export type DistributionFields = z.infer<typeof distributionFields>;
export type AbsenceFields = z.infer<typeof absenceFields>;
export type PickupFields = z.infer<typeof pickupFields>;
export type VolunteerFields = z.infer<typeof volunteerFields>;
export type Unit = (typeof UNITS)[number];
export type BasketSize = (typeof BASKET_SIZES)[number];
export type PickupStatus = (typeof PICKUP_STATUSES)[number];

export type Offer = RowMeta & OfferFields;
/** producerId is copied from the offer when the contract is made, so a producer's scope is one lookup. */
export type Contract = RowMeta & ContractFields & { producerId: string };
export type BasketNumbers = Readonly<Record<string, number>>;
/** basketNumbers is absent until the day's baskets are first numbered (and on distributions synced before). */
export type Distribution = RowMeta & DistributionFields & { basketNumbers?: BasketNumbers };
export type Absence = RowMeta & AbsenceFields;
export type Pickup = RowMeta & PickupFields & { memberId: string; producerId: string };
export type Volunteer = RowMeta & VolunteerFields;
