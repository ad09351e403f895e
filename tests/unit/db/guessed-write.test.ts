/**
 * A tap prepared from what the screen shows (runMutation's `seen`): it must leave exactly what a write prepared
 * from storage leaves, and when storage no longer holds what the screen showed, be redone from storage.
 */
import { describe, expect, it, vi } from 'vitest';
import { CourtCircuitDb } from '../../../src/db/database';
import { mutationTables, runMutation, type SeenRows } from '../../../src/db/mutate';
import { applyPulledPage, applyPushOutcome } from '../../../src/db/sync-apply';
import { encodeHlc } from '../../../src/domain/rows/hlc';
import { pickupRecord } from '../../../src/domain/mutations/distribution-mutations';
import { rowKey, type SyncedRow, type TableName } from '../../../src/domain/rows/rows';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../../factories/entities';
import { checkoffShown } from '../../factories/checkoff-shown';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('guessed-write-test');
const at = () => Date.parse('2026-04-07T18:05:00.000Z');

/** A group with one member's contract and its distribution on a delivery date; the setting a check-off shows. */
async function distributionDay(target: CourtCircuitDb) {
  const producer = producerArgs();
  const group = groupArgs();
  const member = signUpArgs();
  const offer = offerArgs(producer.id);
  const contract = contractArgs({ memberId: member.id, groupId: group.id, offerId: offer.id });
  const distribution = distributionArgs(group.id, { date: contract.deliveryDates[0] });
  for (const [name, args] of [
    ['producer.create', producer],
    ['group.create', group],
    ['member.signUp', member],
    ['offer.create', offer],
    ['contract.create', contract],
    ['distribution.create', distribution],
  ] as const) {
    expect(await runMutation(target, name, args as never, at)).toMatchObject({ ok: true });
  }
  const event = (status: 'collected' | 'pending') => ({
    distributionId: distribution.id,
    contractId: contract.id,
    status,
    collectedBy: '',
    recordedAt: '2026-04-07T18:05:00.000Z',
    deviceId: 'phone',
  });
  return { distributionId: distribution.id, contractId: contract.id, event };
}

/** The rows of a basket's check-off as a screen would show them now. */
async function shown(target: CourtCircuitDb, day: { distributionId: string; contractId: string }): Promise<SeenRows> {
  const seen = await checkoffShown(target, day.distributionId, day.contractId);
  if (!seen) throw new Error('the day is not set up');
  return seen;
}

async function everything(target: CourtCircuitDb) {
  return {
    pickups: await target.pickups.toArray(),
    outbox: await target.outbox.toArray(),
    serverRows: await target.serverRows.toArray(),
    device: await target.device.toArray(),
  };
}

const pickupKey = (day: { distributionId: string; contractId: string }) => rowKey('pickups', `${day.distributionId}|${day.contractId}`);

/** The same database through a second connection: another tab of the app. */
async function otherTab(): Promise<CourtCircuitDb> {
  const tab = new CourtCircuitDb(db().name);
  await tab.open();
  return tab;
}

describe('a write prepared from the rows a screen shows', () => {
  it('is written in one transaction, as a write prepared from storage would be', async () => {
    const day = await distributionDay(db());
    const seen = await shown(db(), day);
    const transaction = vi.spyOn(db(), 'transaction');

    expect(await runMutation(db(), 'pickup.record', day.event('collected'), at, seen)).toEqual({ ok: true, mutationId: 7 });

    expect(transaction).toHaveBeenCalledTimes(1);
    const { pickups, outbox, serverRows, device } = await everything(db());
    const entry = outbox.at(-1);
    expect(entry).toMatchObject({ mutationId: 7, name: 'pickup.record', args: day.event('collected') });
    expect(pickups).toEqual([
      expect.objectContaining({ ...day.event('collected'), id: `${day.distributionId}|${day.contractId}`, deleted: false, demo: false }),
    ]);
    const clocks = Object.values(pickups[0]?.clocks ?? {});
    expect(clocks.length).toBeGreaterThan(0);
    expect(new Set(clocks)).toEqual(new Set([entry?.hlc]));
    // The row was new here: its base is "the server has none", for a refusal to undo it.
    expect(serverRows.filter((r) => r.table === 'pickups')).toEqual([{ key: pickupKey(day), table: 'pickups' }]);
    expect(device[0]?.nextMutationId).toBe(8);
    expect(outbox.map((e) => e.hlc)).toEqual([...outbox.map((e) => e.hlc)].sort());
  });

  it('is redone from storage when another tab wrote meanwhile, with the next mutation id', async () => {
    const day = await distributionDay(db());
    const seen = await shown(db(), day);
    const tab = await otherTab();
    expect(await runMutation(tab, 'member.signUp', signUpArgs(), at)).toEqual({ ok: true, mutationId: 7 });
    tab.close();
    const transaction = vi.spyOn(db(), 'transaction');

    expect(await runMutation(db(), 'pickup.record', day.event('collected'), at, seen)).toEqual({ ok: true, mutationId: 8 });

    expect(transaction).toHaveBeenCalledTimes(2);
    expect((await db().outbox.toArray()).map((e) => e.mutationId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await db().pickups.count()).toBe(1);
  });

  it('is refused, and writes nothing, when the basket was cancelled after the screen showed it', async () => {
    const day = await distributionDay(db());
    const seen = await shown(db(), day);
    const tab = await otherTab();
    expect(await runMutation(tab, 'contract.delete', { id: day.contractId }, at)).toMatchObject({ ok: true });
    tab.close();
    const before = await everything(db());

    const result = await runMutation(db(), 'pickup.record', day.event('collected'), at, seen);

    expect(result).toMatchObject({ ok: false, code: 'deleted' });
    expect(await everything(db())).toEqual(before);
  });

  it('keeps the base of a basket ticked again before the server has seen the first tick', async () => {
    const day = await distributionDay(db());
    expect(await runMutation(db(), 'pickup.record', day.event('collected'), at, await shown(db(), day))).toMatchObject({ ok: true });
    const base = await db().serverRows.toArray();

    const undo = await runMutation(db(), 'pickup.record', day.event('pending'), at, await shown(db(), day));

    expect(undo).toEqual({ ok: true, mutationId: 8 });
    // Still "the server has no such row": undoing a refusal of both ticks must remove the row, not restore the first.
    expect(await db().serverRows.toArray()).toEqual(base);
    expect(await db().pickups.toArray()).toEqual([expect.objectContaining({ status: 'pending' })]);
  });

  it('guesses right after a sync measured the clock offset and moved the device clock', async () => {
    const day = await distributionDay(db());
    await applyPushOutcome(db(), { lastMutationId: 0, outcomes: [], clockOffsetMs: 1_234 }, '2026-04-07T18:06:00.000Z');
    const aheadOfUs = encodeHlc({ wallMs: at() + 60_000, counter: 0, node: 'server-seen' });
    const area = { id: 'q-far', deleted: false, demo: false, name: 'Faubourg', clocks: { name: aheadOfUs, deleted: aheadOfUs } };
    await applyPulledPage(
      db(),
      { changes: [{ table: 'areas', row: area }], cursor: 1, hasMore: true, remaining: 0, lastMutationId: 0 },
      at(),
    );
    const seen = await shown(db(), day);
    const transaction = vi.spyOn(db(), 'transaction');

    expect(await runMutation(db(), 'pickup.record', day.event('collected'), at, seen)).toEqual({ ok: true, mutationId: 7 });

    expect(transaction).toHaveBeenCalledTimes(1);
    // Stamped after the clock the sync brought in, as a write prepared from storage would be.
    expect(((await db().outbox.get(7))?.hlc ?? '') > aheadOfUs).toBe(true);
  });

  it('is prepared from storage when the screen did not show a row the mutation reads', async () => {
    const day = await distributionDay(db());
    const transaction = vi.spyOn(db(), 'transaction');

    expect(await runMutation(db(), 'pickup.record', day.event('collected'), at, new Map())).toEqual({ ok: true, mutationId: 7 });

    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await db().pickups.toArray()).toEqual([expect.objectContaining({ status: 'collected' })]);
  });

  it("inside a caller's transaction, never aborts the caller's other writes", async () => {
    const day = await distributionDay(db());
    const seen = await shown(db(), day);
    const member = signUpArgs();

    await db().transaction('rw', mutationTables(db()), async () => {
      expect(await runMutation(db(), 'member.signUp', member, at)).toMatchObject({ ok: true });
      // The contract the screen shows is now out of date: a guessed write would abort, and the sign-up with it.
      expect(await runMutation(db(), 'contract.update', { id: day.contractId, patch: { quantity: 2 } }, at)).toMatchObject({ ok: true });
      expect(await runMutation(db(), 'pickup.record', day.event('collected'), at, seen)).toMatchObject({ ok: true });
    });

    expect(await db().members.get(member.id)).toBeDefined();
    expect(await db().pickups.count()).toBe(1);
  });
});

describe('pickupRecordReads', () => {
  it('names exactly the rows a check-off reads and writes', async () => {
    const day = await distributionDay(db());
    const seen = await shown(db(), day);
    const read: string[] = [];
    const reader = {
      get: (table: TableName, id: string) => {
        read.push(rowKey(table, id));
        return db().syncedTable(table).get(id) as Promise<SyncedRow | undefined>;
      },
    };

    const writes = await pickupRecord.plan(day.event('collected'), { read: reader });

    expect(new Set(seen.keys())).toEqual(new Set([...read, ...writes.map((w) => rowKey(w.table, w.id))]));
    expect(seen.get(pickupKey(day))).toBeUndefined();
  });
});
