import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb, STORES_V1, STORES_V2, STORES_V3 } from '../../../src/db/database';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const base = (id: string) => ({
  key: `members|${id}`,
  table: 'members',
  row: { id, deleted: false, demo: false, clocks: {}, firstName: id },
});

describe('database version 4', () => {
  it('keeps the server bases of rows still being written and drops the copies of the others', async () => {
    const name = `bases-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    await old.open();
    await old.table('serverRows').bulkPut([base('pending'), base('dirty'), base('plain-1'), base('plain-2')]);
    await old.table('outbox').put({ mutationId: 1, writes: [{ table: 'members', id: 'pending', fields: { notes: 'x' } }] });
    await old.table('syncState').put({ key: 'sync', dirtyKeys: ['members|dirty'] });
    await old.table('members').put({ id: 'plain-1', firstName: 'plain-1' });
    old.close();

    const db = new CourtCircuitDb(name);
    await db.open();
    expect((await db.serverRows.toArray()).map((r) => r.key).sort()).toEqual(['members|dirty', 'members|pending']);
    expect(await db.members.get('plain-1'), 'rows themselves are untouched').toMatchObject({ firstName: 'plain-1' });
    db.close();
  });
});
