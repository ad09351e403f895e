/**
 * Offers, contracts, distributions, absences, check-offs and volunteer slots. References are checked against the
 * replica (a contract's member, group and offer must be live; a check-off must be about a basket that is due at
 * that distribution), so the device and the server refuse the same things.
 */
import { z } from '../zod';
import {
  absenceFields,
  checkSeason,
  contractFields,
  contractPatchFields,
  checkOpeningHours,
  distributionShape,
  offerFields,
  pickupFields,
  volunteerFields,
} from '../distribution/distribution-entities';
import { idSchema } from '../people/entities';
import { joinId } from '../rows/ids';
import { pickupId } from '../distribution/pickup-rows';
import { isDueAt, numberedAfter, storedNumbers } from '../distribution/baskets';
import type { Contract, Distribution } from '../distribution/distribution-entities';
import { isLive } from '../rows/rows';
import { MutationRejected, defineMutation, parseOrReject, readLive, refuseTaken, type PlanContext } from './define';
import { entityMutations } from './entity-mutations';

export const offerMutations = entityMutations({
  table: 'offers',
  fields: offerFields,
  checkRefs: async (f, ctx) => {
    if (f.producerId !== undefined) await readLive(ctx, 'producers', f.producerId, 'producerId');
  },
});

async function checkContractRefs(fields: { memberId?: string; groupId?: string; offerId?: string }, ctx: PlanContext) {
  if (fields.memberId !== undefined) await readLive(ctx, 'members', fields.memberId, 'memberId');
  if (fields.groupId !== undefined) await readLive(ctx, 'groups', fields.groupId, 'groupId');
  if (fields.offerId !== undefined) return readLive(ctx, 'offers', fields.offerId, 'offerId');
  return undefined;
}

export const contractCreate = defineMutation({
  args: z.object({ id: idSchema }).extend(contractFields.shape).superRefine(checkSeason),
  async plan({ id, ...values }, ctx) {
    await refuseTaken(ctx, 'contracts', id);
    const offer = await checkContractRefs(values, ctx);
    return [{ table: 'contracts', id, fields: { ...values, producerId: offer?.producerId, deleted: false, demo: false } }];
  },
});

export const contractUpdate = defineMutation({
  args: z.object({ id: idSchema, patch: contractPatchFields }),
  async plan({ id, patch }, ctx) {
    const existing = await readLive(ctx, 'contracts', id);
    parseOrReject(contractFields, { ...existing, ...patch }, 'patch');
    const offer = await checkContractRefs(patch, ctx);
    return [{ table: 'contracts', id, fields: offer ? { ...patch, producerId: offer.producerId } : patch }];
  },
});

export const contractDelete = defineMutation({
  args: z.object({ id: idSchema }),
  async plan({ id }, ctx) {
    await readLive(ctx, 'contracts', id);
    return [{ table: 'contracts', id, fields: { deleted: true } }];
  },
});

export const distributionMutations = entityMutations({
  table: 'distributions',
  fields: distributionShape,
  refine: checkOpeningHours,
  checkRefs: async (f, ctx) => {
    if (f.groupId !== undefined) await readLive(ctx, 'groups', f.groupId, 'groupId');
  },
});

const distributionMemberArgs = z.object({ distributionId: idSchema, memberId: idSchema });

async function checkDistributionMember(args: { distributionId: string; memberId: string }, ctx: PlanContext) {
  await readLive(ctx, 'distributions', args.distributionId, 'distributionId');
  await readLive(ctx, 'members', args.memberId, 'memberId');
}

export const absenceDeclare = defineMutation({
  args: absenceFields,
  async plan(args, ctx) {
    await checkDistributionMember(args, ctx);
    return [{ table: 'absences', id: joinId(args.distributionId, args.memberId), fields: { ...args, deleted: false } }];
  },
});

export const absenceCancel = defineMutation({
  args: distributionMemberArgs,
  async plan(args, ctx) {
    await readLive(ctx, 'absences', joinId(args.distributionId, args.memberId));
    return [{ table: 'absences', id: joinId(args.distributionId, args.memberId), fields: { deleted: true } }];
  },
});

/** Refuses a check-off of a basket that is not due at this distribution (another group's, another date's). */
export const pickupRecord = defineMutation({
  args: pickupFields,
  writesTo: (args) => [{ table: 'pickups', id: pickupId(args) }],
  async plan(args, ctx) {
    // Read together: a tick waits on one round trip to IndexedDB instead of two.
    const [distribution, contract] = await Promise.all([
      readLive(ctx, 'distributions', args.distributionId, 'distributionId'),
      readLive(ctx, 'contracts', args.contractId, 'contractId'),
    ]);
    const dates = contract.deliveryDates as string[];
    if (contract.groupId !== distribution.groupId || !dates.includes(String(distribution.date))) {
      throw new MutationRejected('invalid', [{ path: 'contractId', message: 'validation.basketNotInDistribution' }]);
    }
    return [
      {
        table: 'pickups',
        id: pickupId(args),
        // Every field of the event is written together, so the latest event wins as a whole.
        fields: { ...args, memberId: contract.memberId, producerId: contract.producerId, deleted: false },
      },
    ];
  },
});

export const volunteerTake = defineMutation({
  args: volunteerFields,
  async plan(args, ctx) {
    await checkDistributionMember(args, ctx);
    return [{ table: 'volunteers', id: joinId(args.distributionId, args.memberId), fields: { ...args, deleted: false } }];
  },
});

export const volunteerRelease = defineMutation({
  args: distributionMemberArgs,
  async plan(args, ctx) {
    await readLive(ctx, 'volunteers', joinId(args.distributionId, args.memberId));
    return [{ table: 'volunteers', id: joinId(args.distributionId, args.memberId), fields: { deleted: true } }];
  },
});

/** More contracts than a group delivers on one day; one push of them stays well under the body's limit. */
const MAX_NUMBERED_AT_ONCE = 5_000;

/**
 * Stores the basket numbers of a distribution's contracts that have none yet, in the order given (the device's
 * name order): each gets the next free number (numberedAfter). Run by a device holding the whole day when it lists
 * it; the server runs it again on its own copy, so what it stores is decided there, one push after the other.
 * Contracts no longer due here (deleted, moved) are passed over rather than refused: the device listed them a
 * moment ago, and the others still deserve their numbers.
 */
export const distributionNumberBaskets = defineMutation({
  args: z.object({ distributionId: idSchema, contractIds: z.array(idSchema).min(1).max(MAX_NUMBERED_AT_ONCE) }),
  async plan({ distributionId, contractIds }, ctx) {
    const distribution = (await readLive(ctx, 'distributions', distributionId, 'distributionId')) as unknown as Distribution;
    const contracts = await Promise.all(contractIds.map((id) => ctx.read.get('contracts', id)));
    const due = contracts
      .filter((row) => isLive(row) && isDueAt(row as unknown as Contract, distribution))
      .map((row) => (row as unknown as Contract).id);
    const stored = storedNumbers(distribution);
    const numbers = numberedAfter(stored, due);
    if (Object.keys(numbers).length === Object.keys(stored).length) return [];
    return [{ table: 'distributions', id: distributionId, fields: { basketNumbers: numbers } }];
  },
});
