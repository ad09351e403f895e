// @vitest-environment node
/**
 * The PostgreSQL schema's migrations: numbered, applied once, only ever added; instances started together on a new
 * database migrate it once, and a database left at an earlier migration is brought up to date with its data.
 */
import { afterEach, expect, it } from 'vitest';
import { createPool } from '../../src/server/store/pg-connection';
import { migratePg, PG_MIGRATIONS } from '../../src/server/store/pg-migrations';
import { PostgresStore } from '../../src/server/store/pg-store';
import { createTestDatabase } from '../helpers/test-stores';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('migrates a new database once when two instances open it at the same time', async () => {
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const [first, second] = await Promise.all([PostgresStore.open(database.url), PostgresStore.open(database.url)]);
  cleanups.push(
    () => first.close(),
    () => second.close(),
  );
  expect(first.epoch).toBe(second.epoch);
  const applied = await first.accountsDb.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  expect(applied.map((row) => row.version)).toEqual(PG_MIGRATIONS.map((_, index) => index + 1));
});

it('brings a database left at its first migration up to date, keeping its rows and epoch', async () => {
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const pool = createPool(database.url, 1);
  cleanups.push(() => pool.end());
  await migratePg(pool, PG_MIGRATIONS.slice(0, 1));
  await pool.query("INSERT INTO rows (version, tbl, id, owner_id, data) VALUES (1, 'members', 'm1', NULL, '{}')");
  const epoch = (await pool.query<{ value: string }>("SELECT value FROM store_meta WHERE name = 'epoch'")).rows[0]?.value;

  const store = await PostgresStore.open(database.url);
  cleanups.push(() => store.close());
  expect(store.epoch).toBe(epoch);
  expect(await store.read((tx) => tx.countChangesAfter(0))).toBe(1);
  expect(await store.accountsDb.get('SELECT count(*) AS n FROM users')).toEqual({ n: 0 });
});
