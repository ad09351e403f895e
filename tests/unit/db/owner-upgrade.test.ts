import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb, STORES_V1, STORES_V2, STORES_V3 } from '../../../src/db/database';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as the release before owners left it: versions 1 to 4, version 4 adding no table. */
async function openVersion4(name: string): Promise<Dexie> {
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  old.version(2).stores(STORES_V2);
  old.version(3).stores(STORES_V3);
  old.version(4).stores({});
  await old.open();
  return old;
}

const row = (id: string, fields: Record<string, unknown> = {}) => ({ id, deleted: false, demo: false, clocks: {}, ...fields });
const pending = {
  mutationId: 7,
  clientId: 'phone',
  name: 'member.update',
  args: { id: 'pulled', patch: { notes: 'vu au marché' } },
  hlc: '001780000000000-00000-phone',
  createdAt: '2026-06-20T15:00:00.000Z',
  writes: [
    { table: 'members', id: 'pulled', fields: { notes: 'vu au marché' } },
    { table: 'members', id: 'made-here', fields: { notes: 'à rappeler' } },
  ],
};
const syncState = {
  key: 'sync',
  cursor: 1234,
  ackedMutationId: 6,
  dirtyKeys: ['members|made-here'],
  lastSuccessAt: '2026-06-20T14:00:00.000Z',
  lastAttemptAt: '2026-06-20T14:00:00.000Z',
  lastError: null,
  progress: { received: 500, total: 900 },
  clockOffsetMs: 12,
  blocked: null,
};

describe('database version 5', () => {
  it('pulls everything again for its owner, marks the rows pulled before as of no known owner, and keeps the outbox', async () => {
    const old = await openVersion4(`owners-${Math.random()}`);
    await old
      .table('members')
      .bulkPut([row('pulled', { firstName: 'Awa', notes: 'vu au marché' }), row('made-here', { firstName: 'Léo' })]);
    await old.table('events').put(row('event', { name: 'Marché' }));
    await old.table('areas').put(row('area', { name: 'Trois-Cités' }));
    await old.table('serverRows').bulkPut([
      { key: 'members|pulled', table: 'members', row: row('pulled', { firstName: 'Awa' }) },
      // No row: the server had none when this device first wrote it.
      { key: 'members|made-here', table: 'members' },
    ]);
    await old.table('outbox').put(pending);
    await old.table('syncState').put(syncState);
    old.close();

    const db = new CourtCircuitDb(old.name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.syncState.get('sync')).toEqual({ ...syncState, cursor: 0, progress: null });
    expect(await db.outbox.toArray()).toEqual([pending]);
    expect(await db.members.get('pulled')).toEqual({ ...row('pulled', { firstName: 'Awa', notes: 'vu au marché' }), ownerId: null });
    expect(await db.events.get('event')).toMatchObject({ ownerId: null });
    expect(await db.members.get('made-here'), 'made here: this device’s account’s').not.toHaveProperty('ownerId');
    expect(await db.areas.get('area'), 'no owner kept for other tables').not.toHaveProperty('ownerId');
    expect((await db.serverRows.get('members|pulled'))?.row).toMatchObject({ ownerId: null });
    expect(await db.serverRows.get('members|made-here')).toEqual({ key: 'members|made-here', table: 'members' });
    db.close();
  });
});
