/**
 * The sync store's transactions on a PostgreSQL client: the write side runs inside a batch that holds the store's
 * write lock (pg-store.ts), so it numbers versions as SQLite's single writer does; the read side runs in a
 * REPEATABLE READ snapshot. Statements are named, so each connection prepares them once.
 */
import type pg from 'pg';
import { packRow } from '../../domain/rows/packed-clocks';
import type { TableName } from '../../domain/rows/rows';
import type { ReadTx, Rejection, RowLookup, WriteTx } from './store';
import { toStored, type RowRecord } from './stored-row';

type Param = string | number | null;

function named(client: pg.PoolClient) {
  return <R extends pg.QueryResultRow>(name: string, text: string, values: Param[]) =>
    client.query<R>({ name: `cc-${name}`, text, values }).then((result) => result.rows);
}

function lookups(client: pg.PoolClient): RowLookup & { lastMutationId(clientId: string): Promise<number> } {
  const query = named(client);
  return {
    async getRow(table: TableName, id: string) {
      const [record] = await query<RowRecord>('get-row', 'SELECT * FROM rows WHERE tbl = $1 AND id = $2', [table, id]);
      return record ? toStored(record) : undefined;
    },
    async findRows(table: TableName, field: string, value: string) {
      if (!/^\w+$/.test(field)) throw new Error(`bad field name ${field}`);
      const records = await query<RowRecord>(
        'find-rows',
        "SELECT * FROM rows WHERE tbl = $1 AND (data::jsonb ->> $2) = $3 AND (data::jsonb -> 'deleted') = 'false'::jsonb",
        [table, field, value],
      );
      return records.map(toStored);
    },
    async lastMutationId(clientId: string) {
      const [record] = await query<{ last_mutation_id: number }>(
        'last-mutation',
        'SELECT last_mutation_id FROM clients WHERE client_id = $1',
        [clientId],
      );
      return record?.last_mutation_id ?? 0;
    },
  };
}

export interface PgWriteTx extends WriteTx {
  /** Called before each write of the batch: a write rolled back to its savepoint gave its versions back. */
  startWrite(): void;
  /** Whether a row was written in this batch (then its commit announces the new latest version). */
  readonly wroteRows: boolean;
}

/** The highest version is read under the write lock, at a write's first row, then counted on in memory. */
export function pgWriteTx(client: pg.PoolClient): PgWriteTx {
  const query = named(client);
  let lastVersion: number | undefined;
  let wroteRows = false;
  return {
    ...lookups(client),
    get wroteRows() {
      return wroteRows;
    },
    startWrite() {
      lastVersion = undefined;
    },
    async putRow(table, row, ownerId) {
      if (lastVersion === undefined) {
        const [max] = await query<{ value: number }>('max-version', 'SELECT coalesce(max(version), 0) AS value FROM rows', []);
        lastVersion = max?.value ?? 0;
      }
      lastVersion += 1;
      wroteRows = true;
      await query(
        'put-row',
        'INSERT INTO rows (tbl, id, version, owner_id, data) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tbl, id) DO UPDATE SET version = excluded.version, data = excluded.data',
        [table, row.id, lastVersion, ownerId, JSON.stringify(packRow(row))],
      );
      return lastVersion;
    },
    async setLastMutationId(clientId, userId, mutationId) {
      await query(
        'set-last',
        'INSERT INTO clients (client_id, user_id, last_mutation_id) VALUES ($1, $2, $3) ON CONFLICT (client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, user_id = COALESCE(excluded.user_id, clients.user_id)',
        [clientId, userId, mutationId],
      );
    },
    async recordRejection(clientId, mutationId, rejection: Rejection) {
      await query(
        'add-rejection',
        'INSERT INTO rejections (client_id, mutation_id, name, code, issues) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (client_id, mutation_id) DO UPDATE SET name = excluded.name, code = excluded.code, issues = excluded.issues',
        [clientId, mutationId, rejection.name, rejection.code, JSON.stringify(rejection.issues)],
      );
    },
    async rejection(clientId, mutationId) {
      const [record] = await query<{ name: string; code: string; issues: string }>(
        'get-rejection',
        'SELECT name, code, issues FROM rejections WHERE client_id = $1 AND mutation_id = $2',
        [clientId, mutationId],
      );
      return record ? { name: record.name, code: record.code, issues: JSON.parse(record.issues) as Rejection['issues'] } : undefined;
    },
  };
}

export function pgReadTx(client: pg.PoolClient): ReadTx {
  const query = named(client);
  return {
    ...lookups(client),
    async changesAfter(cursor, limit) {
      const records = await query<RowRecord>('changes', 'SELECT * FROM rows WHERE version > $1 ORDER BY version LIMIT $2', [cursor, limit]);
      return records.map(toStored);
    },
    async countChangesAfter(cursor) {
      const [record] = await query<{ n: number }>('count-changes', 'SELECT count(*) AS n FROM rows WHERE version > $1', [cursor]);
      return record?.n ?? 0;
    },
  };
}
