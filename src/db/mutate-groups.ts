/**
 * Many named mutations in one IndexedDB transaction (an import's rows): each group of mutations — one file row, say a
 * member and their group links — is all written or, when one of its mutations is refused, not at all, and a refused
 * group leaves the others. Each mutation is prepared exactly as runMutation prepares it (mutate.ts) and recorded as
 * its own outbox entry, with its own mutation id and clock, so the server and the sync engine see no difference.
 * Only the storing differs: the groups are prepared over what the earlier ones wrote, kept in memory, and stored
 * at the end with one bulk write per table, instead of one transaction and its commit per mutation.
 */
import type { Transaction } from 'dexie';
import { initialHlc } from '../domain/rows/hlc';
import { rowKey, type SyncedRow, type TableName } from '../domain/rows/rows';
import { MutationRejected, issuesFromZod, type FieldIssue } from '../domain/mutations/define';
import { mutations, type MutationArgs, type MutationName } from '../domain/mutations/registry';
import type { CourtCircuitDb, DeviceRecord, OutboxEntry, ServerRowRecord } from './database';
import { loadDevice, putDevice } from './device';
import { mutationTables, prepareWrite, type Plan } from './mutate';
import type { WriteBasis } from './write-basis';
import { rememberBasis } from './write-memory';
import { putRaw } from './raw-put';

export type GroupStep = { [N in MutationName]: { name: N; args: MutationArgs<N> } }[MutationName];

export type GroupResult = { ok: true } | { ok: false; issues: FieldIssue[] };

/** What the groups written so far changed, not yet stored. */
interface Pending {
  rows: Map<string, { table: TableName; id: string; row: SyncedRow }>;
  /** Rows as storage holds them, read once (absent ones held as undefined). */
  stored: Map<string, SyncedRow | undefined>;
  /** Keys of rows that have a server base (stored, or added by a pending write). */
  based: Map<string, boolean>;
  newBases: ServerRowRecord[];
  entries: OutboxEntry[];
  device: DeviceRecord;
}

/** The arguments of each step parsed by its schema, or the first step's issues. */
function parseGroup(steps: readonly GroupStep[]): { name: MutationName; args: unknown }[] | FieldIssue[] {
  const parsed: { name: MutationName; args: unknown }[] = [];
  for (const step of steps) {
    const result = mutations[step.name].args.safeParse(step.args);
    if (!result.success) return issuesFromZod(result.error);
    parsed.push({ name: step.name, args: result.data });
  }
  return parsed;
}

/**
 * Prepares one group over `done` (what the earlier groups wrote) into a copy of its own: merged into `done` when
 * every step is accepted, dropped otherwise.
 */
async function prepareGroup(
  db: CourtCircuitDb,
  done: Pending,
  steps: { name: MutationName; args: unknown }[],
  clockOffsetMs: number,
  now: () => number,
) {
  const mine: Pending = { rows: new Map(), stored: done.stored, based: new Map(), newBases: [], entries: [], device: done.device };
  const basis: WriteBasis = {
    device: () => Promise.resolve(mine.device),
    clockOffsetMs: () => Promise.resolve(clockOffsetMs),
    row: async (table, id) => {
      const key = rowKey(table, id);
      const pending = mine.rows.get(key) ?? done.rows.get(key);
      if (pending) return pending.row;
      if (done.stored.has(key)) return done.stored.get(key);
      const stored = (await db.syncedTable(table).get(id)) as SyncedRow | undefined;
      done.stored.set(key, stored);
      return stored;
    },
    hasBase: async (table, id) => {
      const key = rowKey(table, id);
      const known = mine.based.get(key) ?? done.based.get(key);
      if (known !== undefined) return known;
      const stored = (await db.serverRows.get(key)) !== undefined;
      // What storage holds does not depend on this group: kept for the next ones whatever happens to this one.
      done.based.set(key, stored);
      return stored;
    },
  };
  for (const step of steps) {
    const prepared = await prepareWrite(basis, mutations[step.name].plan as Plan, step.name, step.args, now);
    for (const { table, row } of prepared.rows) mine.rows.set(rowKey(table, row.id), { table, id: row.id, row });
    for (const base of prepared.bases) {
      mine.based.set(base.key, true);
      mine.newBases.push(base);
    }
    mine.entries.push(prepared.entry);
    mine.device = prepared.device;
  }
  for (const [key, value] of mine.rows) done.rows.set(key, value);
  for (const [key, value] of mine.based) done.based.set(key, value);
  done.newBases.push(...mine.newBases);
  done.entries.push(...mine.entries);
  done.device = mine.device;
}

/** The rows a chunk will read and write, and those whose server base it will ask about. */
interface ReadsAhead {
  rows: Map<string, { table: TableName; id: string }>;
  bases: Set<string>;
}

// The discovery's stand-in for the device: its clock and counter do not change which rows a plan touches.
const DISCOVERY_DEVICE: DeviceRecord = {
  key: 'device',
  clientId: 'read-ahead',
  deviceName: '',
  hlc: initialHlc('read-ahead'),
  nextMutationId: 1,
};

/**
 * Learns which rows the groups will touch by preparing each over nothing, every row answered as absent, before
 * the transaction opens (a preparation inside it pays Dexie's bookkeeping of every promise). A read this misses
 * (a plan whose reads depend on a row it got wrong) is done later, one by one: slower, never wrong.
 */
async function discoverReads(groups: readonly { name: MutationName; args: unknown }[][]): Promise<ReadsAhead> {
  // The clock does not matter to what is read: the real preparation reads the time.
  const noClock = () => 0;
  const rows = new Map<string, { table: TableName; id: string }>();
  const bases = new Set<string>();
  for (const group of groups) {
    const written = new Map<string, SyncedRow>();
    const basis: WriteBasis = {
      device: () => Promise.resolve(DISCOVERY_DEVICE),
      clockOffsetMs: () => Promise.resolve(0),
      row: (table, id) => {
        const key = rowKey(table, id);
        if (!written.has(key)) rows.set(key, { table, id });
        return Promise.resolve(written.get(key));
      },
      hasBase: (table, id) => {
        bases.add(rowKey(table, id));
        return Promise.resolve(false);
      },
    };
    try {
      for (const step of group) {
        const prepared = await prepareWrite(basis, mutations[step.name].plan as Plan, step.name, step.args, noClock);
        for (const { table, row } of prepared.rows) written.set(rowKey(table, row.id), row);
      }
    } catch {
      // A refused step: the real preparation says why.
    }
  }
  return { rows, bases };
}

/** Reads the rows and bases discovered, one cursor per table; call inside the chunk's transaction. */
async function readAhead(db: CourtCircuitDb, pending: Pending, { rows, bases }: ReadsAhead) {
  const byTable = new Map<TableName, string[]>();
  for (const { table, id } of rows.values()) {
    const ids = byTable.get(table);
    if (ids) ids.push(id);
    else byTable.set(table, [id]);
  }
  const baseKeys = [...bases];
  // One cursor per table over the keys asked (Dexie's anyOf), not one request per key: an import's new rows are
  // mostly absent, and a cursor skips what is not there at once.
  const [found, storedBases] = await Promise.all([
    Promise.all(
      [...byTable].map(async ([table, ids]) => ({ table, ids, rows: await db.syncedTable(table).where(':id').anyOf(ids).toArray() })),
    ),
    db.serverRows.where(':id').anyOf(baseKeys).toArray(),
  ]);
  for (const { table, ids, rows: stored } of found) {
    for (const id of ids) pending.stored.set(rowKey(table, id), undefined);
    for (const row of stored) pending.stored.set(rowKey(table, row.id), row as SyncedRow);
  }
  for (const key of baseKeys) pending.based.set(key, false);
  for (const base of storedBases) pending.based.set(base.key, true);
}

/** Stores what the groups wrote: IndexedDB's own writes, a request per row and no more (raw-put.ts). */
function storePending(db: CourtCircuitDb, tx: Transaction, pending: Pending): Promise<unknown> {
  const byTable = new Map<TableName, SyncedRow[]>();
  for (const { table, row } of pending.rows.values()) {
    const rows = byTable.get(table);
    if (rows) rows.push(row);
    else byTable.set(table, [row]);
  }
  for (const [table, rows] of byTable) putRaw(db, tx, table, rows);
  putRaw(db, tx, 'serverRows', pending.newBases);
  // Added, never put: an entry already stored under a mutation id would be a bug, which aborts the whole chunk.
  putRaw(db, tx, 'outbox', pending.entries, 'add');
  return putDevice(db, pending.device);
}

/** Runs each group's mutations, in order, in one transaction; answers each group's outcome. */
export async function runMutationGroups(
  db: CourtCircuitDb,
  groups: readonly (readonly GroupStep[])[],
  now: () => number = Date.now,
): Promise<GroupResult[]> {
  const parsed = groups.map(parseGroup);
  const reads = await discoverReads(parsed.filter(isParsed));
  try {
    return await db.transaction('rw', mutationTables(db), async (tx) => {
      const [device, state] = await Promise.all([loadDevice(db), db.syncState.get('sync')]);
      const clockOffsetMs = state?.clockOffsetMs ?? 0;
      const pending: Pending = { rows: new Map(), stored: new Map(), based: new Map(), newBases: [], entries: [], device };
      await readAhead(db, pending, reads);
      const results: GroupResult[] = [];
      for (const group of parsed) {
        if (!isParsed(group)) {
          results.push({ ok: false, issues: group });
          continue;
        }
        try {
          await prepareGroup(db, pending, group, clockOffsetMs, now);
          results.push({ ok: true });
        } catch (error) {
          if (!(error instanceof MutationRejected)) throw error;
          results.push({ ok: false, issues: error.issues });
        }
      }
      await storePending(db, tx, pending);
      rememberBasis(db, { clockOffsetMs });
      return results;
    });
  } catch (error) {
    console.error('local write failed', error);
    return groups.map(() => ({ ok: false, issues: [{ path: '', message: 'validation.storageFailed' }] }));
  }
}

function isParsed(group: { name: MutationName; args: unknown }[] | FieldIssue[]): group is { name: MutationName; args: unknown }[] {
  return group.every((item) => 'name' in item);
}
