/**
 * The sync benchmark page, built with Vite from the app's real modules: sign-ups go through runMutation (the
 * one write path: validation, row, outbox, in one transaction) and sync through SyncEngine.syncOnce, as on a
 * phone. Beside it, PouchDB 9 (its browser build, loaded as a script) replicating with pouchdb-server. The
 * harness calls window.bench.* through Playwright; nothing here decides what a result is worth.
 */
import { CourtCircuitDb } from '../../../../src/db/database';
import { getDevice } from '../../../../src/db/device';
import { runMutation } from '../../../../src/db/mutate';
import { saveSession } from '../../../../src/db/session';
import { login } from '../../../../src/sync/auth-client';
import { SyncEngine } from '../../../../src/sync/engine';
import type { Transport } from '../../../../src/sync/transport';
import { benchMembers, memberDoc } from '../../server/members';

const REQUEST_TIMEOUT_MS = 120_000;

interface PouchReplication extends Promise<{ ok: boolean; docs_written: number; errors: unknown[] }> {
  cancel(): void;
}
interface PouchDatabase {
  bulkDocs(docs: unknown[]): Promise<{ ok?: boolean; error?: string }[]>;
  info(): Promise<{ doc_count: number }>;
  close(): Promise<void>;
}
interface PouchStatic {
  new (name: string, options?: { fetch?: (url: string, init?: RequestInit) => Promise<Response> }): PouchDatabase;
  replicate(source: PouchDatabase, target: PouchDatabase, options?: { batch_size?: number }): PouchReplication;
  fetch(url: string, init?: RequestInit): Promise<Response>;
}
declare const PouchDB: PouchStatic;

/** Requests after the first pull are the pull: the push ends where the first GET /api/sync/pull starts. */
function timedTransport(marks: { firstPullAt?: number }): Transport {
  return {
    baseUrl: '',
    fetch: (input, init) => {
      if (marks.firstPullAt === undefined && input.startsWith('/api/sync/pull')) marks.firstPullAt = performance.now();
      return window.fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    },
  };
}

async function signIn(db: CourtCircuitDb, credentials: { login: string; password: string }): Promise<void> {
  const { clientId } = await getDevice(db);
  const transport = timedTransport({});
  const answer = await login(transport, { ...credentials, clientId, deviceName: 'bench' });
  await saveSession(db, answer, new Date().toISOString());
}

function remote(url: string): PouchDatabase {
  return new PouchDB(url, { fetch: (u, init) => PouchDB.fetch(u, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }) });
}

async function replicate(source: PouchDatabase, target: PouchDatabase): Promise<{ ms: number; docs: number }> {
  const started = performance.now();
  const result = await PouchDB.replicate(source, target);
  const ms = performance.now() - started;
  if (!result.ok || result.errors.length > 0) throw new Error(`replication failed: ${JSON.stringify(result.errors).slice(0, 300)}`);
  return { ms, docs: result.docs_written };
}

const open = new Map<string, CourtCircuitDb>();
function appDb(name: string): CourtCircuitDb {
  const db = open.get(name) ?? new CourtCircuitDb(name);
  open.set(name, db);
  return db;
}

const bench = {
  /** A signed-in device that made `count` sign-ups offline through the app's write path (not timed). */
  async appOffline(options: { dbName: string; login: string; password: string; count: number }) {
    const db = appDb(options.dbName);
    await signIn(db, options);
    for (const args of benchMembers(options.count)) {
      const result = await runMutation(db, 'member.signUp', args);
      if (!result.ok) throw new Error(`sign-up refused: ${result.code} ${JSON.stringify(result.issues)}`);
    }
    return { pending: await db.outbox.count() };
  },

  /** One syncOnce, timed; the push part ends when the first pull request starts. */
  async appSync(options: { dbName: string }) {
    const db = appDb(options.dbName);
    const marks: { firstPullAt?: number } = {};
    const engine = new SyncEngine({ db, transport: timedTransport(marks) });
    const started = performance.now();
    const result = await engine.syncOnce();
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`sync failed: ${result.failure.key} ${result.failure.detail}`);
    return {
      ms,
      pushMs: (marks.firstPullAt ?? performance.now()) - started,
      pushed: result.pushed,
      pulled: result.pulled,
      pending: await db.outbox.count(),
      members: await db.members.count(),
    };
  },

  async appSignIn(options: { dbName: string; login: string; password: string }) {
    await signIn(appDb(options.dbName), options);
  },

  /** `count` equivalent documents written to a local PouchDB (not timed). */
  async pouchOffline(options: { dbName: string; count: number }) {
    const db = new PouchDB(options.dbName);
    const results = await db.bulkDocs(benchMembers(options.count).map(memberDoc));
    if (results.some((r) => !r.ok)) throw new Error('PouchDB refused a document');
    await db.close();
    return { docs: (await new PouchDB(options.dbName).info()).doc_count };
  },

  async pouchPush(options: { dbName: string; remoteUrl: string }) {
    return replicate(new PouchDB(options.dbName), remote(options.remoteUrl));
  },

  async pouchPull(options: { dbName: string; remoteUrl: string }) {
    const local = new PouchDB(options.dbName);
    const result = await replicate(remote(options.remoteUrl), local);
    return { ...result, local: (await local.info()).doc_count };
  },

  /**
   * The floor: the member rows the app pulled, written again with raw IndexedDB in one readwrite transaction of
   * a new database, timed from the transaction's start to its `complete` event (durable, as the app's is).
   */
  async idbFloor(options: { dbName: string; floorName: string }) {
    const rows = await appDb(options.dbName).members.toArray();
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(options.floorName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('members', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('members', 'readwrite', { durability: 'default' });
      const store = tx.objectStore('members');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    idb.close();
    return { ms, records: rows.length };
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
