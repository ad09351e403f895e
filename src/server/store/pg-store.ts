/**
 * The shared store: one PostgreSQL database that several server instances use at once. Every write batch takes one
 * transaction-level advisory lock before it reads anything, so writes of all instances run one after the other, as
 * with SQLite's single writer: versions are taken in commit order, and a pull (one REPEATABLE READ snapshot) that
 * sees a version sees every version below it. Each commit that wrote rows NOTIFYs the latest version from inside
 * its transaction; every instance LISTENs (pg-version-listener.ts) and tells its live streams.
 */
import type pg from 'pg';
import { GroupCommit, type BatchTransaction } from './group-commit';
import { VERSION_CHANNEL, WRITE_LOCK, checkOut, connectionConfig, createPool, giveBack, inTransaction, pgSqlDb } from './pg-connection';
import { migratePg } from './pg-migrations';
import { pgReadTx, pgWriteTx, type PgWriteTx } from './pg-transactions';
import { PgVersionListener } from './pg-version-listener';
import { Serial } from './serial';
import type { SqlDb } from './sql-db';
import type { ReadTx, SyncStore, VersionListener, WriteTx } from './store';
import { VersionWatch } from './version-watch';

export interface PostgresStoreOptions {
  /** Connections of this instance's pool (default 10). */
  poolSize?: number;
}

async function latestVersion(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ value: number }>('SELECT coalesce(max(version), 0) AS value FROM rows');
  return result.rows[0]?.value ?? 0;
}

/** One batch's transaction on a client of its own, holding the write lock until it ends. */
async function beginBatch(pool: pg.Pool, onCommitted: (version: number) => void): Promise<BatchTransaction<PgWriteTx>> {
  const client = await checkOut(pool);
  let open = false;
  try {
    await client.query('BEGIN');
    open = true;
    await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  } catch (error) {
    giveBack(client, true);
    throw error;
  }
  const tx = pgWriteTx(client);
  let committed: number | undefined;
  return {
    tx,
    async exec(sql) {
      await client.query(sql).catch((error: unknown) => {
        // A savepoint statement that fails leaves no transaction to go on with.
        open = false;
        throw error;
      });
    },
    inTransaction: () => open,
    async commit() {
      if (tx.wroteRows) {
        // Inside the transaction: listeners hear of it only once it is committed, and never of a rolled-back write.
        const result = await client.query<{ value: number }>(
          'WITH latest AS (SELECT coalesce(max(version), 0) AS value FROM rows) SELECT value, pg_notify($1, value::text) FROM latest',
          [VERSION_CHANNEL],
        );
        committed = result.rows[0]?.value;
      }
      open = false;
      await client.query('COMMIT');
    },
    async rollback() {
      open = false;
      await client.query('ROLLBACK').catch(() => undefined);
    },
    end(failed) {
      giveBack(client, failed);
      if (!failed && committed !== undefined) onCommitted(committed);
    },
  };
}

export class PostgresStore implements SyncStore {
  private readonly writes = new Serial();
  private readonly groupCommit: GroupCommit<PgWriteTx>;
  private readonly sqlDb: SqlDb;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    readonly epoch: string,
    private readonly versions: VersionWatch,
    private readonly listener: PgVersionListener,
  ) {
    // The commit's own version is announced at once here; other instances hear it through NOTIFY.
    this.groupCommit = new GroupCommit(
      () => beginBatch(pool, (version) => setImmediate(() => this.versions.advance(version))),
      this.writes,
    );
    this.sqlDb = pgSqlDb(pool);
  }

  /** Connects, applies the migrations not yet applied and starts listening for other instances' commits. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = createPool(url, options.poolSize);
    try {
      await migratePg(pool);
      const epoch = (await pool.query<{ value: string }>("SELECT value FROM store_meta WHERE name = 'epoch'")).rows[0]?.value;
      if (!epoch) throw new Error('store_meta has no epoch: the database is damaged.');
      const versions = new VersionWatch(await latestVersion(pool));
      const listener = new PgVersionListener(
        connectionConfig(url),
        (version) => versions.advance(version),
        () => latestVersion(pool),
      );
      await listener.start();
      return new PostgresStore(pool, epoch, versions, listener);
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  /** The account tables' statements, on the same database: sessions and revocations hold across instances. */
  get accountsDb(): SqlDb {
    return this.sqlDb;
  }

  write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    return this.groupCommit.run((tx) => {
      tx.startWrite();
      return fn(tx);
    });
  }

  read<T>(fn: (tx: ReadTx) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', (client) => fn(pgReadTx(client)));
  }

  watchVersions(listener: VersionListener): () => void {
    return this.versions.watch(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writes.run(async () => undefined);
    await this.listener.close();
    await this.pool.end();
  }
}
