/**
 * The one write path to local data: validate a named mutation, apply its row writes and append it to the outbox
 * in a single IndexedDB transaction, so a change is either fully recorded for sync or not recorded at all.
 */
import Dexie from 'dexie';
import { tick, encodeHlc, type HlcState } from '../domain/rows/hlc';
import { SYNCED_TABLES, rowKey, type RowWrite, type SyncedRow, type TableName } from '../domain/rows/rows';
import { mergeWrite } from '../domain/rows/merge';
import { MutationRejected, issuesFromZod, type FieldIssue, type PlanContext, type RejectionCode } from '../domain/mutations/define';
import { mutations, type MutationArgs, type MutationName } from '../domain/mutations/registry';
import type { CourtCircuitDb, DeviceRecord, OutboxEntry, ServerRowRecord } from './database';
import { guessedBasis, storedBasis, type SeenRows, type WriteBasis } from './write-basis';
import { putDevice } from './device';
import { rememberBasis } from './write-memory';

export type { SeenRows };

export type MutationResult = { ok: true; mutationId: number } | { ok: false; code: RejectionCode | 'storage'; issues: FieldIssue[] };

/** The tables a mutation's transaction spans: a caller that groups mutations in one transaction opens these. */
export function mutationTables(db: CourtCircuitDb) {
  return [...SYNCED_TABLES.map((t) => db.table(t)), db.outbox, db.serverRows, db.device, db.syncState];
}

export type Plan = (args: unknown, ctx: PlanContext) => Promise<RowWrite[]>;

/** Everything one mutation writes, computed from its basis before any of it is written. */
export interface PreparedWrite {
  rows: { table: TableName; row: SyncedRow }[];
  bases: ServerRowRecord[];
  entry: OutboxEntry;
  device: DeviceRecord;
  clockOffsetMs: number;
}

export async function prepareWrite(basis: WriteBasis, plan: Plan, name: string, args: unknown, now: () => number): Promise<PreparedWrite> {
  const [device, clockOffsetMs, writes] = await Promise.all([
    basis.device(),
    basis.clockOffsetMs(),
    plan(args, { read: { get: basis.row } }),
  ]);
  // The server's clock, as last measured, corrects a phone whose clock is wrong.
  const clock: HlcState = tick(device.hlc, now() + clockOffsetMs);
  const hlc = encodeHlc(clock);
  const [existing, hasBase] = await Promise.all([
    Promise.all(writes.map((write) => basis.row(write.table, write.id))),
    Promise.all(writes.map((write) => basis.hasBase(write.table, write.id))),
  ]);
  // Two writes to one row merge one after the other, the second into the first's result.
  const merged = new Map<string, { table: TableName; row: SyncedRow }>();
  const bases = new Map<string, ServerRowRecord>();
  writes.forEach((write, n) => {
    const key = rowKey(write.table, write.id);
    const before = existing[n];
    if (!hasBase[n] && !bases.has(key)) bases.set(key, before ? { key, table: write.table, row: before } : { key, table: write.table });
    const row = mergeWrite(merged.get(key)?.row ?? before, write, hlc);
    if (row) merged.set(key, { table: write.table, row });
  });
  const mutationId = device.nextMutationId;
  return {
    rows: [...merged.values()],
    bases: [...bases.values()],
    entry: { mutationId, clientId: device.clientId, name, args, hlc, createdAt: new Date(now()).toISOString(), writes },
    device: { ...device, hlc: clock, nextMutationId: mutationId + 1 },
    clockOffsetMs,
  };
}

/** Issues every write of a prepared mutation at once; call inside its transaction. */
function writePrepared(db: CourtCircuitDb, prepared: PreparedWrite): Promise<unknown> {
  return Promise.all([
    ...prepared.rows.map(({ table, row }) => db.syncedTable(table).put(row)),
    ...(prepared.bases.length > 0 ? [db.serverRows.bulkPut(prepared.bases)] : []),
    db.outbox.add(prepared.entry),
    putDevice(db, prepared.device),
  ]);
}

/** One mutation's write, prepared from a basis: its plan, name, arguments and clock are bound already. */
type Prepare = (basis: WriteBasis) => Promise<PreparedWrite>;

/** Reads the basis from storage, then writes: one round trip to storage before the writes, then the commit. */
function writeFromStorage(db: CourtCircuitDb, writesTo: readonly { table: TableName; id: string }[], prepare: Prepare) {
  return db.transaction('rw', mutationTables(db), async () => {
    const prepared = await prepare(storedBasis(db, writesTo));
    await writePrepared(db, prepared);
    return prepared;
  });
}

/**
 * Prepares the write from what the caller saw and the last commit left, then issues the reads that confirm it and
 * the writes in one go: the writes wait on no round trip before their commit. A transaction whose reads differ
 * from the guess is aborted before it commits (its writes are still pending when the reads answer, requests being
 * served in order) and the caller redoes it from storage. Null when there is nothing to guess from.
 */
async function writeFromGuess(db: CourtCircuitDb, seen: SeenRows, prepare: Prepare) {
  // Inside a caller's transaction, an abort would take the caller's writes with it.
  if (Dexie.currentTransaction) return null;
  const guess = guessedBasis(db, seen);
  if (!guess) return null;
  // A plan that refuses or reads a row nobody saw is left to storage, which decides with what it holds.
  const prepared = await prepare(guess.basis).catch(() => null);
  if (!prepared) return null;
  return db
    .transaction('rw', mutationTables(db), async () => {
      const confirmed = guess.confirm();
      const written = writePrepared(db, prepared);
      // Awaited below; when the guess missed, the abort fails these writes and nobody needs to hear it.
      written.catch(() => undefined);
      if (!(await confirmed)) throw new GuessMissed();
      await written;
      return prepared;
    })
    .catch((error: unknown) => {
      if (error instanceof GuessMissed) return null;
      throw error;
    });
}

class GuessMissed extends Error {
  constructor() {
    super('storage no longer holds what the write was prepared from');
    this.name = 'GuessMissed';
  }
}

/**
 * Runs a named mutation. `seen`: rows as the calling screen last read them; a write touching only those is
 * prepared from them at once and confirmed in its transaction (the check-off's tap), else prepared from storage.
 */
export async function runMutation<N extends MutationName>(
  db: CourtCircuitDb,
  name: N,
  args: MutationArgs<N>,
  now: () => number = Date.now,
  seen?: SeenRows,
): Promise<MutationResult> {
  const def = mutations[name];
  // The types of a definition's functions depend on N; the registry pairs each name with its own schema, so
  // calling them with what that schema parsed is sound.
  const plan = def.plan as Plan;
  const writesTo = def.writesTo as ((args: unknown) => readonly { table: TableName; id: string }[]) | undefined;
  const parsed = def.args.safeParse(args);
  if (!parsed.success) return { ok: false, code: 'invalid', issues: issuesFromZod(parsed.error) };
  const prepare: Prepare = (basis) => prepareWrite(basis, plan, name, parsed.data, now);
  try {
    const prepared =
      (seen ? await writeFromGuess(db, seen, prepare) : null) ?? (await writeFromStorage(db, writesTo?.(parsed.data) ?? [], prepare));
    rememberBasis(db, { clockOffsetMs: prepared.clockOffsetMs });
    return { ok: true, mutationId: prepared.entry.mutationId };
  } catch (error) {
    if (error instanceof MutationRejected) return { ok: false, code: error.code, issues: error.issues };
    console.error('local write failed', error);
    return { ok: false, code: 'storage', issues: [{ path: '', message: 'validation.storageFailed' }] };
  }
}
