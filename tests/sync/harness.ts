/**
 * A sync test bench: an in-process server on a real store (a SQLite file, or a PostgreSQL database when
 * COURT_CIRCUIT_TEST_STORE=postgres; reopenable, to simulate restarts) and client engines on their own
 * fake-indexeddb databases, talking through app.inject via a fetch that can inject faults.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { CourtCircuitDb } from '../../src/db/database';
import { getDevice } from '../../src/db/device';
import { SYNCED_TABLES } from '../../src/domain/rows/rows';
import { buildApp } from '../../src/server/app';
import { PostgresStore } from '../../src/server/store/pg-store';
import type { SyncStore } from '../../src/server/store/store';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { afterAll } from 'vitest';
import { createTestDatabase, testStoreKind, type TestDatabase } from '../helpers/test-stores';
import { fullAccess } from '../../src/server/replication/access-policy';
import { ServerClock } from '../../src/server/replication/server-clock';
import { SyncEngine } from '../../src/sync/engine';
import type { FetchLike } from '../../src/sync/transport';
import { authenticate } from './test-auth';

export interface TestServer {
  app: FastifyInstance;
  store: SyncStore;
  /** The SQLite file; empty on PostgreSQL. */
  file: string;
  /** Stops the server and starts it again on its file; `whileStopped` runs in between (e.g. a restore). */
  restart(whileStopped?: () => Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

/**
 * `parent` is where the server's temp folder goes; a RAM-backed one (/dev/shm) spares the many-run property tests
 * the fsync of every commit (the store syncs fully), which is what the crash test is there to exercise.
 */
export async function startTestServer(options: { parent?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(options.parent ?? tmpdir(), 'court-circuit-sync-'));
  const file = path.join(dir, 'server.sqlite');
  const clock = new ServerClock();
  const server = {} as TestServer;
  const url = testStoreKind() === 'postgres' ? await emptyPostgresDatabase() : undefined;
  const open = async () => {
    server.store = url ? await PostgresStore.open(url, { poolSize: 3 }) : new SqliteStore(file);
    server.app = await buildApp({ store: server.store, authenticate, accessFor: () => fullAccess, clock });
  };
  await open();
  server.file = url ? '' : file;
  server.restart = async (whileStopped) => {
    await server.app.close();
    await server.store.close();
    await whileStopped?.();
    await open();
  };
  server.close = async () => {
    await server.app.close();
    await server.store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return server;
}

let workerDatabase: Promise<TestDatabase> | undefined;
// At the file's level (hooks registered inside a test are not run): the database goes with the test file.
afterAll(async () => {
  const database = workerDatabase;
  workerDatabase = undefined;
  await (await database)?.drop();
});

/**
 * One PostgreSQL database per test file (a file runs in one worker), emptied for each server: creating one per
 * server would cost the property test more than its schedules.
 */
async function emptyPostgresDatabase(): Promise<string> {
  workerDatabase ??= createTestDatabase();
  const { url } = await workerDatabase;
  const store = await PostgresStore.open(url, { poolSize: 1 });
  await store.accountsDb.run('TRUNCATE rows, clients, rejections');
  await store.close();
  return url;
}

/** A fetch that goes straight into the Fastify app, without a socket. */
export function injectFetch(server: Pick<TestServer, 'app'>): FetchLike {
  return async (input, init) => {
    const url = new URL(input, 'http://court-circuit.test');
    const response = await server.app.inject({
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      url: url.pathname + url.search,
      headers: init?.headers as Record<string, string>,
      payload: typeof init?.body === 'string' ? init.body : undefined,
    });
    return new Response(response.body, {
      status: response.statusCode,
      headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') },
    });
  };
}

export interface TestClient {
  name: string;
  db: CourtCircuitDb;
  engine: SyncEngine;
  clientId: string;
  dispose(): Promise<void>;
}

export async function createClient(
  name: string,
  fetch: FetchLike,
  options: { pushBatchSize?: number; pullLimit?: number; now?: () => number } = {},
): Promise<TestClient> {
  const db = new CourtCircuitDb(`${name}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  const { clientId } = await getDevice(db);
  await db.session.put({
    key: 'session',
    token: `token-${clientId}`,
    sessionId: `session-${clientId}`,
    user: { id: 'coordinator', login: 'coordination', name: 'Coordination', role: 'coordinator' },
    signedInAt: new Date().toISOString(),
  });
  const engine = new SyncEngine({ db, transport: { baseUrl: '', fetch }, ...options });
  return {
    name,
    db,
    engine,
    clientId,
    async dispose() {
      db.close();
      await db.delete();
    },
  };
}

/** Every synced table of a replica, rows sorted by id, their synced fields only: what "all replicas equal" compares. */
export async function replicaState(db: CourtCircuitDb): Promise<Record<string, unknown[]>> {
  const state: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) {
    // The owner a device keeps beside a row's fields (src/db/sync-apply.ts) is not synced: tests/sync/access-table checks it.
    const rows = ((await db.table(table).toArray()) as { id: string; ownerId?: unknown }[]).map(({ ownerId: _owner, ...row }) => row);
    state[table] = rows.sort((a, b) => a.id.localeCompare(b.id));
  }
  return state;
}

export async function serverState(server: Pick<TestServer, 'store'>): Promise<Record<string, unknown[]>> {
  return server.store.read(async (tx) => {
    const state: Record<string, unknown[]> = Object.fromEntries(SYNCED_TABLES.map((table) => [table, []]));
    for (const stored of await tx.changesAfter(0, 1_000_000)) {
      // A table missing here would make "replica equals server" blind to it.
      if (!state[stored.table]) throw new Error(`server row in unknown table ${stored.table}`);
      state[stored.table]?.push(stored.row);
    }
    for (const rows of Object.values(state)) (rows as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id));
    return state;
  });
}
