import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb, STORES_V1, STORES_V2, STORES_V3 } from '../../../src/db/database';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as the release before version 6 left it: versions 4 and 5 added no table. */
async function openVersion5(name: string): Promise<Dexie> {
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  old.version(2).stores(STORES_V2);
  old.version(3).stores(STORES_V3);
  old.version(4).stores({});
  old.version(5).stores({});
  await old.open();
  return old;
}

const CLOCK = '001780000000000-00000-server';
const clocksOf = (fields: Record<string, unknown>) => Object.fromEntries(Object.keys(fields).map((field) => [field, CLOCK]));
const row = (id: string, fields: Record<string, unknown>) => ({ id, deleted: false, demo: false, clocks: clocksOf(fields), ...fields });

const PRIVATE = { phone: '+33549987654', email: 'bergerie@example.org', notes: 'Relancer en mai', mobilisation: 'interested' };
const own = row('own', {
  name: 'Ferme du Clain',
  farm: 'EARL du Clain',
  communeId: null,
  productKinds: ['vegetables'],
  organic: true,
  salesStatus: 'direct',
  ...PRIVATE,
});
const fellowShown = {
  name: 'Bergerie',
  farm: 'GAEC des Alleuds',
  communeId: 'commune',
  productKinds: ['goatCheese'],
  organic: false,
  salesStatus: 'settingUp',
};
const fellow = row('fellow', { ...fellowShown, ...PRIVATE });
const contractKept = {
  memberId: 'member',
  groupId: 'group',
  offerId: 'offer',
  producerId: 'own',
  kind: 'season',
  startDate: '2026-04-01',
  endDate: '2026-09-30',
  deliveryDates: ['2026-04-07'],
  quantity: 1,
  size: 'medium',
  pricePerDeliveryCents: 1500,
};
const contract = row('contract', { ...contractKept, notes: 'Sans poireaux, payé en chèque' });
const pending = {
  mutationId: 3,
  clientId: 'phone',
  name: 'producer.update',
  args: { id: 'own', patch: { notes: 'Nouvelle note' } },
  hlc: '001780000000001-00000-phone',
  createdAt: '2026-06-20T15:00:00.000Z',
  writes: [{ table: 'producers', id: 'own', fields: { notes: 'Nouvelle note' } }],
};
const syncState = {
  key: 'sync',
  cursor: 321,
  ackedMutationId: 2,
  dirtyKeys: [],
  lastSuccessAt: '2026-06-20T14:00:00.000Z',
  lastAttemptAt: '2026-06-20T14:00:00.000Z',
  lastError: null,
  progress: null,
  clockOffsetMs: 0,
  blocked: null,
};
const session = (role: string) => ({
  key: 'session',
  token: 'token',
  sessionId: 'session',
  user: { id: 'user', login: 'ferme', name: 'Ferme du Clain', role, producerId: role === 'producer' ? 'own' : null },
  signedInAt: '2026-04-01T08:00:00.000Z',
});

/** A version 5 database holding what a producer's pulls brought before version 6, then opened as the app opens it. */
async function upgraded(role: string): Promise<CourtCircuitDb> {
  const old = await openVersion5(`producer-fields-${role}-${Math.random()}`);
  await old.table('producers').bulkPut([own, fellow]);
  await old.table('contracts').put(contract);
  await old.table('serverRows').bulkPut([
    { key: 'producers|own', table: 'producers', row: own },
    { key: 'producers|fellow', table: 'producers', row: fellow },
    { key: 'contracts|contract', table: 'contracts', row: contract },
  ]);
  await old.table('outbox').put(pending);
  await old.table('syncState').put(syncState);
  await old.table('session').put(session(role));
  old.close();
  const db = new CourtCircuitDb(old.name);
  await db.open();
  return db;
}

describe('database version 6', () => {
  it('cuts, on a producer’s phone, other producers’ contacts, notes and follow-up and its contracts’ notes, and pulls again', async () => {
    const db = await upgraded('producer');
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const fellowHeld = row('fellow', fellowShown);
    const contractHeld = row('contract', contractKept);
    expect(await db.producers.get('fellow')).toEqual(fellowHeld);
    expect(await db.contracts.get('contract')).toEqual(contractHeld);
    expect(await db.producers.get('own'), 'its own row whole').toEqual(own);
    expect((await db.serverRows.get('producers|fellow'))?.row).toEqual(fellowHeld);
    expect((await db.serverRows.get('contracts|contract'))?.row).toEqual(contractHeld);
    expect((await db.serverRows.get('producers|own'))?.row).toEqual(own);
    expect(await db.outbox.toArray()).toEqual([pending]);
    expect(await db.syncState.get('sync')).toEqual({ ...syncState, cursor: 0 });
    db.close();
  });

  it('leaves the phones of other roles as they were', async () => {
    const db = await upgraded('animator');
    expect(await db.producers.get('fellow')).toEqual(fellow);
    expect(await db.contracts.get('contract')).toEqual(contract);
    expect((await db.serverRows.get('producers|fellow'))?.row).toEqual(fellow);
    expect(await db.outbox.toArray()).toEqual([pending]);
    expect(await db.syncState.get('sync')).toEqual(syncState);
    db.close();
  });
});
