// @vitest-environment node
/** A data file written by an earlier version opens with its rows intact, in the new layout. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../../src/server/store/sqlite-migrations';
import { migrate, openSqliteDatabase, SqliteStore } from '../../src/server/store/sqlite-store';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cc-migrate-'));
  file = path.join(dir, 'data.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const row = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, deleted: false, demo: false, clocks: {}, firstName: id, ...extra });

it('moves the rows of a version-2 file to the table keyed by version: same rows, same order, same updates', async () => {
  const old = openSqliteDatabase(file);
  migrate(old, SQLITE_MIGRATIONS.slice(0, 2));
  const insert = old.prepare('INSERT INTO rows (tbl, id, version, owner_id, data) VALUES (?, ?, ?, ?, ?)');
  insert.run('members', 'b', 1, 'user-1', row('b'));
  insert.run('members', 'a', 3, null, row('a', { notes: 'long '.repeat(400) }));
  insert.run('groups', 'g', 2, 'user-1', JSON.stringify({ id: 'g', deleted: false, demo: false, clocks: {}, name: 'AMAP' }));
  old.close();

  const store = new SqliteStore(file);
  try {
    expect(store.connection.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    const pulled = await store.read((tx) => tx.changesAfter(0, 10));
    expect(pulled.map((s) => [s.table, s.row.id, s.version, s.ownerId])).toEqual([
      ['members', 'b', 1, 'user-1'],
      ['groups', 'g', 2, 'user-1'],
      ['members', 'a', 3, null],
    ]);
    expect((await store.read((tx) => tx.getRow('members', 'a')))?.row).toMatchObject({ notes: 'long '.repeat(400) });
    // (tbl, id) is still one row: writing it again moves it to a new version instead of adding a second one.
    await store.write(async (tx) => tx.putRow('members', { id: 'b', deleted: false, demo: false, clocks: {}, firstName: 'Bea' }, 'user-1'));
    const after = await store.read((tx) => tx.changesAfter(0, 10));
    expect(after.map((s) => [s.row.id, s.version])).toEqual([
      ['g', 2],
      ['a', 3],
      ['b', 4],
    ]);
  } finally {
    store.close();
  }
});

it('packs the clocks of a version-3 file’s rows: each clock once, with its fields; the rows read back the same', async () => {
  const old = openSqliteDatabase(file);
  migrate(old, SQLITE_MIGRATIONS.slice(0, 3));
  const insert = old.prepare('INSERT INTO rows (tbl, id, version, owner_id, data) VALUES (?, ?, ?, ?, ?)');
  const member = {
    id: 'm',
    deleted: false,
    demo: false,
    clocks: { firstName: 'c1', lastName: 'c1', deleted: 'c1', notes: 'c2' },
    firstName: 'Awa',
    lastName: 'Diallo',
    notes: 'l’été, "bio"',
  };
  const group = { id: 'g', deleted: true, demo: true, clocks: {}, name: 'AMAP' };
  insert.run('members', 'm', 1, 'user-1', JSON.stringify(member));
  insert.run('groups', 'g', 2, null, JSON.stringify(group));
  old.close();

  const store = new SqliteStore(file);
  try {
    const data = (id: string) =>
      JSON.parse((store.connection.prepare('SELECT data FROM rows WHERE id = ?').get(id) as { data: string }).data) as unknown;
    expect(data('m')).toEqual({ ...member, clocks: { c1: ['firstName', 'lastName', 'deleted'], c2: ['notes'] } });
    expect(data('g')).toEqual(group);
    const pulled = await store.read((tx) => tx.changesAfter(0, 10));
    expect(pulled.map((s) => [s.table, s.row, s.version, s.ownerId])).toEqual([
      ['members', member, 1, 'user-1'],
      ['groups', group, 2, null],
    ]);
    // Lookups on fields still read the stored text.
    expect((await store.read((tx) => tx.findRows('members', 'firstName', 'Awa'))).map((s) => s.row.id)).toEqual(['m']);
  } finally {
    store.close();
  }
});
