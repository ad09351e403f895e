/**
 * The embedded store: one SQLite file in WAL mode through better-sqlite3. One connection writes, one reads;
 * SQLite allows a single writer, so versions taken inside a write transaction are in commit order.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { packRow } from '../../domain/rows/packed-clocks';
import type { TableName } from '../../domain/rows/rows';
import { GroupCommit, type BatchTransaction } from './group-commit';
import { Serial } from './serial';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';
import { sqliteSqlDb, type SqlDb } from './sql-db';
import { toStored, type RowRecord } from './stored-row';
import type { ReadTx, Rejection, SyncStore, VersionListener, WriteTx } from './store';
import { VersionWatch } from './version-watch';

export function openSqliteDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged push survives a power cut, not only a crash of the process.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // SQLite's own default page cache (2 MiB) per connection, not better-sqlite3's 16 MiB: a pull reads the whole
  // table once, which filled both connections' caches (32 MiB of the server's 124 MiB RSS) with pages the OS
  // file cache holds anyway; reads measured no slower.
  db.pragma('cache_size = -2000');
  return db;
}

export function migrate(db: Database.Database, migrations: readonly string[] = SQLITE_MIGRATIONS): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  for (let index = applied; index < migrations.length; index += 1) {
    db.transaction(() => {
      db.exec(migrations[index] as string);
      db.pragma(`user_version = ${index + 1}`);
    })();
  }
}

export function readEpoch(db: Database.Database): string {
  const record = db.prepare<[], { value: string }>("SELECT value FROM store_meta WHERE name = 'epoch'").get();
  if (!record) throw new Error('store_meta has no epoch: the data file is damaged.');
  return record.value;
}

/** Gives the data file a new identity: phones that synced with the old one recover (docs/sync-protocol.md). */
export function renewEpoch(db: Database.Database): string {
  const epoch = randomBytes(16).toString('hex');
  db.prepare("UPDATE store_meta SET value = ? WHERE name = 'epoch'").run(epoch);
  return epoch;
}

/** Statements prepared once per connection: preparing on every push would cost more than running them. */
function prepareLookups(db: Database.Database) {
  const getRow = db.prepare<[string, string], RowRecord>('SELECT * FROM rows WHERE tbl = ? AND id = ?');
  const findRows = db.prepare<[string, string, string], RowRecord>(
    "SELECT * FROM rows WHERE tbl = ? AND json_extract(data, '$.' || ?) = ? AND json_extract(data, '$.deleted') = 0",
  );
  const lastMutation = db.prepare<[string], { last_mutation_id: number }>('SELECT last_mutation_id FROM clients WHERE client_id = ?');
  return {
    async getRow(table: TableName, id: string) {
      const record = getRow.get(table, id);
      return record ? toStored(record) : undefined;
    },
    async findRows(table: TableName, field: string, value: string) {
      if (!/^\w+$/.test(field)) throw new Error(`bad field name ${field}`);
      return findRows.all(table, field, value).map(toStored);
    },
    async lastMutationId(clientId: string) {
      return lastMutation.get(clientId)?.last_mutation_id ?? 0;
    },
  };
}

/**
 * The write transaction's statements, and its version numbering: the highest version in the table, read once per
 * write (its first row change) and then counted on in memory. Once per row, the old `counters` row update cost a
 * tenth of a push; the table keeps it, unused. Single writer, so nobody else takes a version meanwhile.
 */
function prepareWriteTx(db: Database.Database): { tx: WriteTx; startWrite(): void } {
  const maxVersion = db.prepare<[], { value: number | null }>('SELECT max(version) AS value FROM rows');
  let lastVersion: number | undefined;
  const putRow = db.prepare(
    'INSERT INTO rows (tbl, id, version, owner_id, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT (tbl, id) DO UPDATE SET version = excluded.version, data = excluded.data',
  );
  const setLast = db.prepare(
    'INSERT INTO clients (client_id, user_id, last_mutation_id) VALUES (?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, user_id = COALESCE(excluded.user_id, clients.user_id)',
  );
  const addRejection = db.prepare('INSERT OR REPLACE INTO rejections (client_id, mutation_id, name, code, issues) VALUES (?, ?, ?, ?, ?)');
  const getRejection = db.prepare<[string, number], { name: string; code: string; issues: string }>(
    'SELECT name, code, issues FROM rejections WHERE client_id = ? AND mutation_id = ?',
  );
  const tx: WriteTx = {
    ...prepareLookups(db),
    async putRow(table, row, ownerId) {
      lastVersion = (lastVersion ?? maxVersion.get()?.value ?? 0) + 1;
      putRow.run(table, row.id, lastVersion, ownerId, JSON.stringify(packRow(row)));
      return lastVersion;
    },
    async setLastMutationId(clientId, userId, mutationId) {
      setLast.run(clientId, userId, mutationId);
    },
    async recordRejection(clientId, mutationId, rejection: Rejection) {
      addRejection.run(clientId, mutationId, rejection.name, rejection.code, JSON.stringify(rejection.issues));
    },
    async rejection(clientId, mutationId) {
      const record = getRejection.get(clientId, mutationId);
      return record ? { name: record.name, code: record.code, issues: JSON.parse(record.issues) as Rejection['issues'] } : undefined;
    },
  };
  return {
    tx,
    // A write that was rolled back gave its versions back: the next one reads the table again.
    startWrite() {
      lastVersion = undefined;
    },
  };
}

function prepareReadTx(db: Database.Database): ReadTx {
  const changes = db.prepare<[number, number], RowRecord>('SELECT * FROM rows WHERE version > ? ORDER BY version LIMIT ?');
  const count = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM rows WHERE version > ?');
  return {
    ...prepareLookups(db),
    async changesAfter(cursor, limit) {
      return changes.all(cursor, limit).map(toStored);
    },
    async countChangesAfter(cursor) {
      return count.get(cursor)?.n ?? 0;
    },
  };
}

export class SqliteStore implements SyncStore {
  private readonly writer: Database.Database;
  private readonly reader: Database.Database;
  private readonly readTx: ReadTx;
  private readonly writes = new Serial();
  private readonly groupCommit: GroupCommit<WriteTx>;
  private readonly startWrite: () => void;
  private readonly reads = new Serial();
  /** Read once: a restore replaces the file while the server is stopped (store/backup.ts), never under it. */
  readonly epoch: string;
  private readonly versions: VersionWatch;
  private sqlDb: SqlDb | undefined;

  constructor(readonly file: string) {
    this.writer = openSqliteDatabase(file);
    migrate(this.writer);
    this.epoch = readEpoch(this.writer);
    // An in-memory database is private to its connection, so it is read through the writer.
    this.reader = file === ':memory:' ? this.writer : openSqliteDatabase(file);
    const { tx, startWrite } = prepareWriteTx(this.writer);
    this.startWrite = startWrite;
    // Every write of this file goes through this process: the commit itself is the notification.
    const maxVersion = this.writer.prepare<[], { value: number | null }>('SELECT max(version) AS value FROM rows');
    this.versions = new VersionWatch(maxVersion.get()?.value ?? 0);
    const writer = this.writer;
    const batch: BatchTransaction<WriteTx> = {
      tx,
      exec: (sql) => void writer.exec(sql),
      inTransaction: () => writer.inTransaction,
      commit: () => void writer.exec('COMMIT'),
      rollback: () => void writer.exec('ROLLBACK'),
    };
    const begin = () => {
      writer.exec('BEGIN IMMEDIATE');
      return batch;
    };
    this.groupCommit = new GroupCommit(begin, this.writes, () => {
      // Read at once, announced on the next turn: the batch's pushes are answered without waiting for the streams.
      const version = maxVersion.get()?.value ?? 0;
      setImmediate(() => this.versions.advance(version));
    });
    this.readTx = prepareReadTx(this.reader);
  }

  /** The write connection, for the account tables that live in the same file. */
  get connection(): Database.Database {
    return this.writer;
  }

  /** The account tables' statements, queued with the store's writes (sql-db.ts). */
  get accountsDb(): SqlDb {
    this.sqlDb ??= sqliteSqlDb(this.writer, this.writes);
    return this.sqlDb;
  }

  /** One transaction per turn of the event loop for all the writes that arrived in it (see group-commit.ts). */
  write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.groupCommit.run((tx) => {
      this.startWrite();
      return fn(tx);
    });
  }

  read<T>(fn: (tx: ReadTx) => Promise<T>): Promise<T> {
    const db = this.reader;
    const run = async () => {
      // In WAL mode a read transaction sees the database as of its first read, whatever commits meanwhile.
      db.exec('BEGIN DEFERRED');
      try {
        return await fn(this.readTx);
      } finally {
        db.exec('COMMIT');
      }
    };
    // The in-memory store shares one connection: reads then queue behind writes.
    return this.reader === this.writer ? this.writes.run(run) : this.reads.run(run);
  }

  watchVersions(listener: VersionListener): () => void {
    return this.versions.watch(listener);
  }

  async close(): Promise<void> {
    await this.writes.run(async () => undefined);
    await this.reads.run(async () => undefined);
    if (this.reader !== this.writer) this.reader.close();
    this.writer.close();
  }
}
