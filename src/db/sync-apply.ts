/**
 * How sync results land in local data: the outcome of a push (settled mutations leave the outbox, refused ones are
 * kept with their reason) and each pulled page (pending writes re-applied on top of the server's rows), each in one
 * transaction. This is the only writer of local rows besides the mutators.
 *
 * The server's version of a row (its base, in `serverRows`) is kept only while this device has writes to that row in
 * the outbox or waiting to be rebuilt (`dirtyKeys`): that is when the shown row differs from it, and a refused write
 * has to be undone. Every other row shown is the server's row itself, so a first pull stores each row once.
 */
import type { Transaction } from 'dexie';
import { OWNED_TABLES } from '../domain/access/read-access';
import { receive } from '../domain/rows/hlc';
import { SYNCED_TABLES, keysWithBase, rowKey, type SyncedRow, type TableName } from '../domain/rows/rows';
import { rebase, type PendingWrite } from '../domain/rows/merge';
import type { FieldIssue } from '../domain/mutations/define';
import type { CourtCircuitDb, OutboxEntry } from './database';
import { readSyncState } from './sync-state';
import { loadDevice, putDevice } from './device';
import { dropRowsNotReceived } from './resync';
import { journalApplied } from './journal';
import { rememberBasis } from './write-memory';
import { putRaw } from './raw-put';

/** The outbox entries to send next, oldest first. */
export async function readOutboxBatch(db: CourtCircuitDb, limit: number): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('mutationId').limit(limit).toArray();
}

export interface SettledOutcome {
  mutationId: number;
  status: 'applied' | 'rejected';
  code?: string;
  issues?: FieldIssue[];
}

const allTables = (db: CourtCircuitDb) => [
  ...SYNCED_TABLES.map((t) => db.table(t)),
  db.outbox,
  db.serverRows,
  db.syncState,
  db.rejected,
  db.device,
  db.journal,
];

function keysOf(entries: readonly OutboxEntry[]): string[] {
  return entries.flatMap((entry) => entry.writes.map((w) => rowKey(w.table, w.id)));
}

/** Pending writes by row, for entries the server has not settled as of `settledUpTo`. */
function pendingByKey(entries: readonly OutboxEntry[], settledUpTo: number): Map<string, PendingWrite[]> {
  const byKey = new Map<string, PendingWrite[]>();
  for (const entry of entries) {
    if (entry.mutationId <= settledUpTo) continue;
    for (const write of entry.writes) {
      const key = rowKey(write.table, write.id);
      const list = byKey.get(key) ?? [];
      list.push({ write, hlc: entry.hlc });
      byKey.set(key, list);
    }
  }
  return byKey;
}

function listIn<T>(map: Map<TableName, T[]>, table: TableName): T[] {
  const list = map.get(table) ?? [];
  map.set(table, list);
  return list;
}

/**
 * Writes the shown rows for these keys: each server base with the still-pending writes on top, or no row at all.
 * In bulk, table by table: a first pull brings thousands of rows, and one request per row is what made it slow.
 */
async function writeRebuilt(
  db: CourtCircuitDb,
  tx: Transaction,
  bases: readonly { key: string; table: TableName; id: string; row: SyncedRow | undefined }[],
  pending: Map<string, PendingWrite[]>,
): Promise<void> {
  const puts = new Map<TableName, SyncedRow[]>();
  const deletes = new Map<TableName, string[]>();
  for (const { key, table, id, row: base } of bases) {
    const row = rebase(base, pending.get(key) ?? []);
    if (row) listIn(puts, table).push(row);
    else listIn(deletes, table).push(id);
  }
  for (const [table, rows] of puts) putRaw(db, tx, table, rows);
  for (const [table, ids] of deletes) await db.syncedTable(table).bulkDelete(ids);
}

async function rebuildRows(
  db: CourtCircuitDb,
  tx: Transaction,
  keys: readonly string[],
  pending: Map<string, PendingWrite[]>,
): Promise<void> {
  const records = await db.serverRows.bulkGet([...keys]);
  const bases = keys.map((key, n) => {
    const separator = key.indexOf('|');
    return { key, table: key.slice(0, separator) as TableName, id: key.slice(separator + 1), row: records[n]?.row };
  });
  await writeRebuilt(db, tx, bases, pending);
}

/**
 * Settles the outbox after a push: every entry up to `lastMutationId` leaves it; the refused ones are kept in
 * `rejected` for the user to read. Their rows are rebuilt after the next complete pull, whose snapshot is
 * newer than this push, so nothing the server accepted disappears in between. The server's clock, as this answer
 * tells it, and its store's epoch, are remembered in the same transaction; the applied ones go to the journal
 * (journal.ts). Returns how many were refused and what had been acknowledged before this answer.
 */
export async function applyPushOutcome(
  db: CourtCircuitDb,
  answer: { lastMutationId: number; outcomes: readonly SettledOutcome[]; clockOffsetMs: number; epoch?: string },
  nowIso: string,
): Promise<{ rejected: number; ackedBefore: number }> {
  const { lastMutationId, outcomes, clockOffsetMs, epoch } = answer;
  return db.transaction('rw', allTables(db), async () => {
    const [settled, state] = await Promise.all([db.outbox.where('mutationId').belowOrEqual(lastMutationId).toArray(), readSyncState(db)]);
    const byId = new Map(outcomes.map((o) => [o.mutationId, o]));
    const refused = settled.flatMap((entry) => {
      const outcome = byId.get(entry.mutationId);
      if (outcome?.status !== 'rejected') return [];
      return [
        {
          mutationId: entry.mutationId,
          name: entry.name,
          args: entry.args,
          code: outcome.code ?? 'rejected',
          issues: outcome.issues ?? [],
          createdAt: entry.createdAt,
          rejectedAt: nowIso,
        },
      ];
    });
    const refusedIds = new Set(refused.map((entry) => entry.mutationId));
    await Promise.all([
      db.rejected.bulkPut(refused),
      journalApplied(
        db,
        settled.filter((entry) => !refusedIds.has(entry.mutationId)),
        nowIso,
      ),
      // One range delete: deleting them by id (one request each through Dexie) took ~100 ms for 1,000; this ~10.
      db.outbox.where('mutationId').belowOrEqual(lastMutationId).delete(),
      db.syncState.put({
        ...state,
        ackedMutationId: Math.max(state.ackedMutationId, lastMutationId),
        dirtyKeys: [...new Set([...state.dirtyKeys, ...keysOf(settled)])],
        clockOffsetMs,
        serverEpoch: epoch ?? state.serverEpoch,
      }),
    ]);
    rememberBasis(db, { clockOffsetMs });
    return { rejected: refused.length, ackedBefore: state.ackedMutationId };
  });
}

export interface PulledPage {
  changes: readonly { table: TableName; row: SyncedRow; ownerId?: string | null }[];
  cursor: number;
  hasMore: boolean;
  remaining: number;
  lastMutationId: number;
  /** The server store's identity, when it sends one: remembered with the page. */
  epoch?: string;
}

/**
 * A pulled row of a table whose scopes depend on who created it (domain/access OWNED_TABLES) keeps its owner as
 * `ownerId`, null when the server did not say; it is no synced field (no clock), and a local write keeps it as it
 * keeps every field it does not set. A row of those tables without one was made here and not pulled back yet: it is
 * this device's account's (src/db/access-reader.ts).
 */
function withOwner(table: TableName, row: SyncedRow, ownerId: string | null | undefined): SyncedRow {
  return OWNED_TABLES.has(table) ? { ...row, ownerId: ownerId ?? null } : row;
}

/**
 * Stores a pulled page, in one transaction: each row shown with this device's pending writes on top, and kept as
 * the base where this device still has writes to it. A complete pull rebuilds the rows whose writes were settled
 * and lets their bases go.
 */
export async function applyPulledPage(db: CourtCircuitDb, page: PulledPage, nowMs: number): Promise<void> {
  await db.transaction('rw', allTables(db), async (tx) => {
    const [state, entries] = await Promise.all([readSyncState(db), db.outbox.toArray()]);
    const pending = pendingByKey(entries, Math.max(state.ackedMutationId, page.lastMutationId));
    let newestClock = '';
    const records = page.changes.map(({ table, row, ownerId }) => ({
      key: rowKey(table, row.id),
      table,
      row: withOwner(table, row, ownerId),
    }));
    for (const { row } of records) {
      for (const clock of Object.values(row.clocks)) if (clock > newestClock) newestClock = clock;
    }
    const withBase = keysWithBase(entries, state.dirtyKeys);
    const bases = records.filter(({ key }) => withBase.has(key));
    if (bases.length > 0) await db.serverRows.bulkPut(bases);
    await writeRebuilt(
      db,
      tx,
      records.map((r) => ({ ...r, id: r.row.id })),
      pending,
    );
    if (newestClock !== '') {
      // Later local edits must order after what this device has now seen, whatever its wall clock says.
      const device = await loadDevice(db);
      try {
        const advanced = { ...device, hlc: receive(device.hlc, newestClock, nowMs + state.clockOffsetMs) };
        await putDevice(db, advanced);
      } catch {
        // A clock from far ahead was already clamped by the server; keeping ours is the safe choice.
      }
    }
    const received = (state.progress?.received ?? 0) + page.changes.length;
    const complete = !page.hasMore;
    const resync = state.resync ? { keys: [...state.resync.keys, ...records.map(({ key }) => key)] } : null;
    if (complete) {
      await rebuildRows(db, tx, state.dirtyKeys, pending);
      const stillWritten = keysWithBase(entries, []);
      await db.serverRows.bulkDelete(state.dirtyKeys.filter((key) => !stillWritten.has(key)));
      if (resync) await dropRowsNotReceived(db, new Set(resync.keys), entries);
    }
    await db.syncState.put({
      ...state,
      serverEpoch: page.epoch ?? state.serverEpoch,
      cursor: page.cursor,
      dirtyKeys: complete ? [] : state.dirtyKeys,
      progress: complete ? null : { received, total: received + page.remaining },
      resync: complete ? null : resync,
    });
  });
}
