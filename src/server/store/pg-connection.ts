/**
 * The PostgreSQL connection pool of a server instance and the account tables' statements on it (sql-db.ts). BIGINT
 * columns (versions, millisecond dates, mutation ids) come back as numbers, as from SQLite: all stay far below 2^53.
 */
import { userInfo } from 'node:os';
import pg from 'pg';
import type { SqlDb, SqlValue } from './sql-db';

/** Advisory lock keys (pg_advisory_xact_lock): one for every write of the sync store, one for migrations. */
export const WRITE_LOCK = 7_305_617_001;
export const MIGRATION_LOCK = 7_305_617_002;
/** The LISTEN/NOTIFY channel that carries the latest committed version between instances. */
export const VERSION_CHANNEL = 'court_circuit_versions';

const INT8_OID = 20;
const int8AsNumber = (value: string): number => Number(value);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? int8AsNumber : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function connectionConfig(url: string): pg.ClientConfig {
  // As libpq (psql): a URL without a user name connects as the system user. pg takes it from $USER only, which a
  // service manager may leave unset.
  const parsed = new URL(url);
  if (parsed.username === '' && !process.env.PGUSER) parsed.username = encodeURIComponent(process.env.USER ?? userInfo().username);
  return { connectionString: parsed.toString(), types };
}

export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ ...connectionConfig(url), max });
  // An idle client whose connection drops (the database restarted) is only removed from the pool; without a
  // listener the error would stop the process. The next query takes a new connection.
  pool.on('error', () => undefined);
  return pool;
}

const placeholders = new Map<string, string>();

/** `?` placeholders (the account tables' shared SQL) as PostgreSQL's `$1, $2…`; none of that SQL has a `?` in a literal. */
export function numbered(sql: string): string {
  let text = placeholders.get(sql);
  if (text === undefined) {
    let index = 0;
    text = sql.replace(/\?/g, () => `$${(index += 1)}`);
    placeholders.set(sql, text);
  }
  return text;
}

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

function sqlDbOn(client: Queryable, transaction: SqlDb['transaction']): SqlDb {
  const query = (sql: string, params: readonly SqlValue[] = []) => client.query(numbered(sql), params as SqlValue[]);
  return {
    async get<T>(sql: string, params?: readonly SqlValue[]) {
      return (await query(sql, params)).rows[0] as T | undefined;
    },
    async all<T>(sql: string, params?: readonly SqlValue[]) {
      return (await query(sql, params)).rows as T[];
    },
    async run(sql, params) {
      return (await query(sql, params)).rowCount ?? 0;
    },
    transaction,
  };
}

// A connection that drops between two queries of a checked-out client is reported as an 'error' event, which
// would stop the process without a listener; its next query fails instead, and the transaction with it.
const ignore = (): void => undefined;

export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  client.on('error', ignore);
  return client;
}

export function giveBack(client: pg.PoolClient, broken: boolean): void {
  client.off('error', ignore);
  client.release(broken);
}

/** Runs `fn` in a transaction on a client of its own, given back to the pool after (destroyed if it failed badly). */
export async function inTransaction<T>(pool: pg.Pool, begin: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await checkOut(pool);
  let broken = false;
  try {
    await client.query(begin);
    const value = await fn(client);
    await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    giveBack(client, broken);
  }
}

export function pgSqlDb(pool: pg.Pool): SqlDb {
  const transaction: SqlDb['transaction'] = (fn) =>
    inTransaction(pool, 'BEGIN', (client) => fn(sqlDbOn(client, () => Promise.reject(new Error('nested transaction')))));
  return sqlDbOn(pool, transaction);
}
