/**
 * Which store a server runs on: PostgreSQL when DATABASE_URL names one (several instances may share it), else the
 * SQLite file (the embedded default, nothing to set up).
 */
import type { SqlDb } from './sql-db';
import { SqliteStore } from './sqlite-store';
import type { SyncStore } from './store';

/** A sync store with the account tables beside it, in the same database. */
export interface ServerStore extends SyncStore {
  readonly accountsDb: SqlDb;
}

export interface StoreLocation {
  /** The SQLite file, used when databaseUrl is unset. */
  dataFile: string;
  databaseUrl?: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export async function openStore(location: StoreLocation): Promise<ServerStore> {
  const url = location.databaseUrl?.trim();
  if (!url) return new SqliteStore(location.dataFile);
  if (!isPostgresUrl(url)) throw new Error(`DATABASE_URL must start with postgres:// (or be unset for SQLite), got "${url}"`);
  // Loaded only here: a server on SQLite, the default, does not evaluate the PostgreSQL client nor hold its code.
  const { PostgresStore } = await import('./pg-store');
  return PostgresStore.open(url);
}
