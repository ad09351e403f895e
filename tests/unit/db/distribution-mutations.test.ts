import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb } from '../../../src/db/database';
import { runMutation } from '../../../src/db/mutate';
import { pickupFields } from '../../../src/domain/distribution/distribution-entities';
import { pickupRecord } from '../../../src/domain/mutations/distribution-mutations';
import type { SyncedRow, TableName } from '../../../src/domain/rows/rows';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../../factories/entities';

let db: CourtCircuitDb;
let refs: { memberId: string; groupId: string; offerId: string };

beforeEach(async () => {
  db = new CourtCircuitDb(`distribution-test-${Math.random()}`);
  await db.open();
  const producer = producerArgs();
  const group = groupArgs();
  const member = signUpArgs();
  const offer = offerArgs(producer.id);
  for (const [name, args] of [
    ['producer.create', producer],
    ['group.create', group],
    ['member.signUp', member],
    ['offer.create', offer],
  ] as const) {
    expect(await runMutation(db, name, args as never)).toMatchObject({ ok: true });
  }
  refs = { memberId: member.id, groupId: group.id, offerId: offer.id };
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function unchanged<T>(action: () => Promise<T>): Promise<T> {
  const before = { contracts: await db.contracts.count(), pickups: await db.pickups.count(), outbox: await db.outbox.count() };
  const result = await action();
  expect({ contracts: await db.contracts.count(), pickups: await db.pickups.count(), outbox: await db.outbox.count() }).toEqual(before);
  return result;
}

describe('contracts', () => {
  it('copies the producer from the offer', async () => {
    const args = contractArgs(refs);
    expect(await runMutation(db, 'contract.create', args)).toMatchObject({ ok: true });
    const offer = await db.offers.get(refs.offerId);
    expect((await db.contracts.get(args.id))?.producerId).toBe(offer?.producerId);
  });

  it.each([
    ['a contract ending before it starts', { startDate: '2026-09-30', endDate: '2026-04-01' }, 'endDate', 'validation.endBeforeStart'],
    ['zero deliveries', { deliveryDates: [] }, 'deliveryDates', 'validation.noDeliveries'],
    ['a delivery outside the season', { deliveryDates: ['2026-12-01'] }, 'deliveryDates', 'validation.deliveryOutsideSeason'],
    ['a negative quantity', { quantity: -1 }, 'quantity', 'validation.quantityPositive'],
    ['a zero quantity', { quantity: 0 }, 'quantity', 'validation.quantityPositive'],
    ['a negative price', { pricePerDeliveryCents: -100 }, 'pricePerDeliveryCents', 'validation.priceNegative'],
  ])('refuses %s and saves nothing', async (_label, override, path, message) => {
    const result = await unchanged(() => runMutation(db, 'contract.create', contractArgs(refs, override)));
    expect(result.ok ? [] : result.issues).toContainEqual({ path, message });
  });

  it('refuses an edit that would end the season before it starts', async () => {
    const args = contractArgs(refs);
    await runMutation(db, 'contract.create', args);
    const result = await runMutation(db, 'contract.update', { id: args.id, patch: { endDate: '2026-03-01' } });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'patch.endDate', message: 'validation.endBeforeStart' }] });
  });
});

describe('check-off', () => {
  it('records the latest event per basket, and refuses a basket that is not due at this distribution', async () => {
    const contract = contractArgs(refs);
    const distribution = distributionArgs(refs.groupId, { date: '2026-04-07' });
    const otherDate = distributionArgs(refs.groupId, { date: '2026-05-05' });
    await runMutation(db, 'contract.create', contract);
    await runMutation(db, 'distribution.create', distribution);
    await runMutation(db, 'distribution.create', otherDate);
    const event = {
      distributionId: distribution.id,
      contractId: contract.id,
      collectedBy: '',
      recordedAt: '2026-04-07T18:05:00.000Z',
      deviceId: 'phone',
    };

    expect(await runMutation(db, 'pickup.record', { ...event, status: 'collected' })).toMatchObject({ ok: true });
    expect(await runMutation(db, 'pickup.record', { ...event, status: 'pending' })).toMatchObject({ ok: true });
    expect(await db.pickups.toArray()).toMatchObject([{ status: 'pending', memberId: refs.memberId }]);

    const wrongDay = await unchanged(() =>
      runMutation(db, 'pickup.record', { ...event, distributionId: otherDate.id, status: 'collected' }),
    );
    expect(wrongDay).toMatchObject({ ok: false, issues: [{ path: 'contractId', message: 'validation.basketNotInDistribution' }] });
    const missing = await unchanged(() => runMutation(db, 'pickup.record', { ...event, contractId: 'nope', status: 'collected' }));
    expect(missing).toMatchObject({ ok: false, code: 'notFound' });
  });

  it("names beforehand the one row a check-off writes, so a phone reads it with the plan's reads", async () => {
    const contract = contractArgs(refs);
    const distribution = distributionArgs(refs.groupId, { date: '2026-04-07' });
    expect(await runMutation(db, 'contract.create', contract)).toMatchObject({ ok: true });
    expect(await runMutation(db, 'distribution.create', distribution)).toMatchObject({ ok: true });
    const args = pickupFields.parse({
      distributionId: distribution.id,
      contractId: contract.id,
      status: 'collected',
      collectedBy: '',
      recordedAt: '2026-04-07T18:05:00.000Z',
      deviceId: 'phone',
    });
    const read = { get: (table: TableName, id: string) => db.syncedTable(table).get(id) as Promise<SyncedRow | undefined> };
    const written = (await pickupRecord.plan(args, { read })).map(({ table, id }) => ({ table, id }));
    expect(pickupRecord.writesTo?.(args)).toEqual(written);
  });
});
