import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb, STORES_V1, STORES_V2, STORES_V3, STORES_V7 } from '../../../src/db/database';
import { runMutation } from '../../../src/db/mutate';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as the release before version 8 left it: versions 4 to 6 added no table, 7 the journal. */
async function openVersion7(name: string): Promise<Dexie> {
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  old.version(2).stores(STORES_V2);
  old.version(3).stores(STORES_V3);
  for (const version of [4, 5, 6]) old.version(version).stores({});
  old.version(7).stores(STORES_V7);
  await old.open();
  return old;
}

const CLOCK = '001780000000000-00000-server';
const row = (id: string, fields: Record<string, unknown>) => ({
  id,
  deleted: false,
  demo: false,
  clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, CLOCK])),
  ...fields,
});
const contract = row('contract', {
  memberId: 'member',
  groupId: 'group',
  offerId: 'offer',
  producerId: 'producer',
  kind: 'season',
  startDate: '2026-04-01',
  endDate: '2026-09-30',
  deliveryDates: ['2026-04-07', '2026-04-14'],
  quantity: 1,
  size: 'medium',
  pricePerDeliveryCents: 1500,
  notes: '',
});
const pending = {
  mutationId: 3,
  clientId: 'phone',
  name: 'contract.update',
  args: { id: 'contract', patch: { quantity: 2 } },
  hlc: '001780000000001-00000-phone',
  createdAt: '2026-06-20T15:00:00.000Z',
  writes: [{ table: 'contracts', id: 'contract', fields: { quantity: 2 } }],
};

describe('version 8: the payments tables', () => {
  it('opens a version 7 database with its rows and outbox as they were, and the new tables empty and writable', async () => {
    const old = await openVersion7('payments-upgrade');
    await old.table('contracts').put(contract);
    await old.table('outbox').put(pending);
    await old.table('journal').put({ ...pending, mutationId: 2, settledAt: '2026-06-20T15:01:00.000Z' });
    old.close();

    const db = new CourtCircuitDb('payments-upgrade');
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.contracts.get('contract')).toEqual(contract);
    expect(await db.outbox.toArray()).toEqual([pending]);
    expect(await db.journal.count()).toBe(1);
    expect(await db.payments.count()).toBe(0);
    expect(await db.membershipFees.count()).toBe(0);

    const result = await runMutation(db, 'payment.receive', {
      contractId: 'contract',
      index: 0,
      amountCents: 1500,
      dueMonth: '2026-04',
      method: 'cheque',
      chequeNumber: '1234567',
      bank: 'Crédit Agricole',
      receivedOn: '2026-04-07',
    });
    expect(result).toMatchObject({ ok: true });
    expect(await db.payments.where('contractId').equals('contract').toArray()).toMatchObject([
      { id: 'contract|0', memberId: 'member', producerId: 'producer', chequeNumber: '1234567', receivedOn: '2026-04-07' },
    ]);
    db.close();
  });
});
