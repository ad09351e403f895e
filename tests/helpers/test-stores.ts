/**
 * The stores every contract test runs on: SQLite (a file or memory) and PostgreSQL, on a database of the test's own
 * (`CREATE DATABASE cc_test_<random>`, dropped at the end), so that parallel test workers never share one. PostgreSQL
 * unreachable makes the PostgreSQL variant fail, never skip: CI starts the cluster first (.ci/run).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PostgresStore } from '../../src/server/store/pg-store';
import type { ServerStore } from '../../src/server/store/open-store';
import { SqliteStore } from '../../src/server/store/sqlite-store';

/** The cluster's maintenance database, where test databases are created and dropped. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

/** The store the shared server tests run on: the vitest project "postgres" sets COURT_CIRCUIT_TEST_STORE (vite.config.ts). */
export function testStoreKind(): StoreKind {
  return process.env.COURT_CIRCUIT_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${String(error)}): start it with ` +
        '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`.',
    );
  });
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `cc_test_${randomBytes(6).toString('hex')}`;
  await admin(async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
    // As the SQLite tests' files on /dev/shm: commits need not wait for the disk (they are still atomic and visible
    // to every connection, and survive a server process killed by a test); the many-run property test is then faster.
    await client.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  });
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // WITH (FORCE): a server process a test killed may have left its connections behind.
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export interface TestStore {
  store: ServerStore;
  /** The PostgreSQL database's URL, for a second instance on the same database. */
  url?: string;
  /** Opens one more store on the same data (a second instance, or the same after a restart). */
  reopen(): Promise<ServerStore>;
  /** Closes the store (if still open) and removes its database. */
  dispose(): Promise<void>;
}

/** A new, empty store of this kind; SQLite in memory unless a file is given. */
export async function openTestStore(kind: StoreKind, sqliteFile = ':memory:'): Promise<TestStore> {
  if (kind === 'sqlite') {
    const store = new SqliteStore(sqliteFile);
    return { store, reopen: async () => new SqliteStore(sqliteFile), dispose: () => store.close() };
  }
  const database = await createTestDatabase();
  const store = await PostgresStore.open(database.url, { poolSize: 4 });
  return {
    store,
    url: database.url,
    reopen: () => PostgresStore.open(database.url, { poolSize: 4 }),
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}
