/**
 * Moving a territory: copies a SQLite data file into an empty PostgreSQL database, as it is — the same rows with
 * the same versions, the same devices' mutation counters, accounts, sessions and epoch — so its phones go on
 * syncing against the new server without a reset. Then checks the copy, table by table, against the file.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { createPool, inTransaction } from './pg-connection';
import { migratePg } from './pg-migrations';
import { migrate, readEpoch } from './sqlite-store';

/** Every table the copy carries, with the columns both stores have. */
const TABLES: readonly { name: string; columns: readonly string[] }[] = [
  { name: 'rows', columns: ['version', 'tbl', 'id', 'owner_id', 'data'] },
  { name: 'clients', columns: ['client_id', 'user_id', 'last_mutation_id'] },
  { name: 'rejections', columns: ['client_id', 'mutation_id', 'name', 'code', 'issues'] },
  {
    name: 'users',
    columns: ['id', 'login', 'name', 'role', 'password_hash', 'producer_id', 'created_at', 'disabled', 'must_change_password'],
  },
  { name: 'user_groups', columns: ['user_id', 'group_id'] },
  {
    name: 'sessions',
    columns: ['id', 'user_id', 'token_hash', 'client_id', 'device_name', 'created_at', 'last_seen_at', 'expires_at', 'revoked_at'],
  },
  { name: 'devices', columns: ['client_id', 'user_id', 'first_seen_at'] },
  { name: 'account_audit', columns: ['id', 'at', 'actor_id', 'actor_login', 'account_id', 'account_login', 'action', 'changes'] },
];
const CHUNK = 200;

export interface TableCheck {
  table: string;
  rows: number;
  /** sha256 of the table's rows, the same on both sides. */
  digest: string;
}

export interface CopyReport {
  epoch: string;
  latestVersion: number;
  tables: TableCheck[];
}

type Row = Record<string, unknown>;

/** An order-independent digest of a table's rows: PostgreSQL and SQLite sort text differently. */
function digestOf(rows: readonly Row[], columns: readonly string[]): string {
  const lines = rows.map((row) => JSON.stringify(columns.map((column) => row[column] ?? null))).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

async function insertAll(client: pg.PoolClient, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((column) => {
        values.push(row[column] ?? null);
        return `$${values.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}

/** Compares the database with the file, table by table; throws on the first difference. */
export async function checkCopy(source: Database.Database, pool: pg.Pool): Promise<CopyReport> {
  const tables: TableCheck[] = [];
  for (const { name, columns } of TABLES) {
    const list = columns.join(', ');
    const expected = digestOf(source.prepare(`SELECT ${list} FROM ${name}`).all() as Row[], columns);
    const copied = (await pool.query<Row>(`SELECT ${list} FROM ${name}`)).rows;
    const digest = digestOf(copied, columns);
    if (digest !== expected) throw new Error(`The copy of table ${name} differs from the file (${copied.length} rows copied).`);
    tables.push({ table: name, rows: copied.length, digest });
  }
  const epoch = (await pool.query<{ value: string }>("SELECT value FROM store_meta WHERE name = 'epoch'")).rows[0]?.value;
  if (epoch !== readEpoch(source)) throw new Error('The copy has another epoch than the file.');
  const latest = (await pool.query<{ value: number }>('SELECT coalesce(max(version), 0) AS value FROM rows')).rows[0]?.value ?? 0;
  const fileLatest = (source.prepare('SELECT coalesce(max(version), 0) AS value FROM rows').get() as { value: number }).value;
  if (latest !== fileLatest) throw new Error(`The copy's latest version is ${latest}, the file's ${fileLatest}.`);
  return { epoch, latestVersion: latest, tables };
}

/**
 * Copies `file` (a server's data file, the server stopped) into the database at `url`, which must hold no data yet,
 * then checks the copy. The file itself is not changed: it is read through a snapshot brought to the latest schema.
 */
export async function copySqliteToPostgres(file: string, url: string): Promise<CopyReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-copy-'));
  const pool = createPool(url, 2);
  try {
    const original = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await original.backup(path.join(dir, 'snapshot.sqlite'));
    } finally {
      original.close();
    }
    const source = new Database(path.join(dir, 'snapshot.sqlite'));
    try {
      migrate(source);
      await migratePg(pool);
      await inTransaction(pool, 'BEGIN', async (client) => {
        const used = await client.query<{ n: number }>(
          'SELECT (SELECT count(*) FROM rows) + (SELECT count(*) FROM clients) + (SELECT count(*) FROM users) AS n',
        );
        if ((used.rows[0]?.n ?? 0) > 0) throw new Error('The PostgreSQL database already holds data: copy into an empty one.');
        for (const { name, columns } of TABLES) {
          await insertAll(client, name, columns, source.prepare(`SELECT ${columns.join(', ')} FROM ${name}`).all() as Row[]);
        }
        // The next audit line follows the copied ones.
        await client.query(
          "SELECT setval(pg_get_serial_sequence('account_audit', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM account_audit",
        );
        await client.query("UPDATE store_meta SET value = $1 WHERE name = 'epoch'", [readEpoch(source)]);
      });
      return await checkCopy(source, pool);
    } finally {
      source.close();
    }
  } finally {
    await pool.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
