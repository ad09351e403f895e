/**
 * One running sync server: the store opened (SQLite file or PostgreSQL database) and migrated, the first coordinator and the example data
 * created on a new file, the API and the PWA served on one port. `npm start`, the e2e tests and the crash test
 * all start it this way.
 */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from './app';
import { Accounts } from './auth/accounts';
import { ensureCoordinator, type BootstrapEnv } from './auth/bootstrap';
import { seedDemoIfEmpty } from './demo-seed';
import { openStore, type ServerStore } from './store/open-store';
import { SqliteStore } from './store/sqlite-store';
import { ServerClock } from './replication/server-clock';
import { readTrustProxy } from './trust-proxy';

export interface ServerOptions {
  /** The SQLite file, when databaseUrl is unset. */
  dataFile: string;
  /** A postgres:// URL: the store is that PostgreSQL database, which other instances may share. */
  databaseUrl?: string;
  distDir?: string;
  host: string;
  port: number;
  env: BootstrapEnv & { COURT_CIRCUIT_DEMO?: string; TRUST_PROXY?: string; COURT_CIRCUIT_LOGINS_PER_ADDRESS?: string };
  logger?: FastifyServerOptions['logger'];
  /** Lines meant for the person who started the server (URL, first password). */
  say: (line: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  store: ServerStore;
  url: string;
  close(): Promise<void>;
}

/** COURT_CIRCUIT_LOGINS_PER_ADDRESS: logins a minute from one client address (default 30, auth-routes.ts). */
function readLoginsPerAddress(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`COURT_CIRCUIT_LOGINS_PER_ADDRESS must be a whole number ≥ 1, got "${value}"`);
  return limit;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  // Read first: a wrong value stops the start before any file is touched.
  const trustProxy = readTrustProxy(options.env.TRUST_PROXY);
  const loginAttemptsPerAddressPerMinute = readLoginsPerAddress(options.env.COURT_CIRCUIT_LOGINS_PER_ADDRESS);
  const store = await openStore({ dataFile: options.dataFile, databaseUrl: options.databaseUrl });
  const accounts = new Accounts(store.accountsDb);
  await ensureCoordinator(accounts, options.env, options.say);
  const clock = new ServerClock();
  if (options.env.COURT_CIRCUIT_DEMO !== '0' && (await seedDemoIfEmpty(store, clock))) {
    options.say('Données d’exemple chargées (un territoire inventé, type Poitiers) : retirez-les depuis les Réglages.');
  }
  const app = await buildApp({
    store,
    accounts,
    clock,
    trustProxy,
    loginAttemptsPerAddressPerMinute,
    // Shared by the instances on one PostgreSQL database; a lone SQLite server counts in memory.
    loginLimitsDb: store instanceof SqliteStore ? undefined : store.accountsDb,
    distDir: options.distDir,
    logger: options.logger,
  });
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  let closed = false;
  return {
    app,
    store,
    url: `http://${options.host}:${port}`,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await store.close();
    },
  };
}
