/**
 * The login limits' counters kept in the database (a store for @fastify/rate-limit), for server instances that share
 * one PostgreSQL database: an address guessing passwords gets the same number of tries whichever instance the
 * balancer sends it to. One fixed window per key, counted by one atomic upsert; a lone server keeps them in memory.
 */
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { SqlDb } from '../store/sql-db';

interface Count {
  current: number;
  ttl: number;
}
type Callback = (error: Error | null, result?: Count) => void;
interface RouteOptions {
  routeInfo?: { method?: string | string[]; url?: string };
}

// Counts whose window ended this long ago are deleted now and then, so the table holds only recent addresses.
const FORGET_AFTER_MS = 3600 * 1000;
const SWEEP_EVERY = 200;

const UPSERT = `INSERT INTO login_limits (key, window_start, count) VALUES (?, ?, 1)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN login_limits.window_start + ? <= excluded.window_start THEN 1 ELSE login_limits.count + 1 END,
    window_start = CASE WHEN login_limits.window_start + ? <= excluded.window_start THEN excluded.window_start ELSE login_limits.window_start END
  RETURNING count, window_start`;

export function databaseRateLimitStore(db: SqlDb, now: () => number = Date.now): FastifyRateLimitStoreCtor {
  let calls = 0;
  const report = (callback: Callback, timeWindow: number, at: number) => (row: { count: number; window_start: number } | undefined) => {
    if (!row || row.window_start + timeWindow <= at) callback(null, { current: 0, ttl: 0 });
    else callback(null, { current: row.count, ttl: row.window_start + timeWindow - at });
  };
  return class DatabaseRateLimitStore {
    private readonly prefix: string;

    /** The plugin constructs the first one with its options; each route's limit gets a child with its own keys. */
    constructor(prefix: unknown) {
      this.prefix = typeof prefix === 'string' ? prefix : 'global';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      calls += 1;
      if (calls % SWEEP_EVERY === 0)
        void db.run('DELETE FROM login_limits WHERE window_start < ?', [at - FORGET_AFTER_MS]).catch(() => undefined);
      db.get<{ count: number; window_start: number }>(UPSERT, [`${this.prefix}|${key}`, at, timeWindow, timeWindow]).then(
        report(callback, timeWindow, at),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      db.get<{ count: number; window_start: number }>('SELECT count, window_start FROM login_limits WHERE key = ?', [
        `${this.prefix}|${key}`,
      ]).then(report(callback, timeWindow, at), (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    // The plugin passes the route's limit options with the route as `routeInfo` (its types leave that out).
    child(options: object): DatabaseRateLimitStore {
      const { routeInfo } = options as RouteOptions;
      const method = [routeInfo?.method ?? '*'].flat().join(',');
      return new DatabaseRateLimitStore(`${method} ${routeInfo?.url ?? '*'}`);
    }
  };
}
