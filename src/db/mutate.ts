/**
 * The one write path to local data: validate a named mutation, apply its row writes and append it to the outbox
 * in a single IndexedDB transaction, so a change is either fully recorded for sync or not recorded at all.
 */
import { tick, encodeHlc } from '../domain/hlc';
import { SYNCED_TABLES, mergeWrite, rowKey, type RowWrite, type SyncedRow, type TableName } from '../domain/rows';
import { MutationRejected, issuesFromZod, type FieldIssue, type PlanContext, type RejectionCode } from '../domain/mutations/define';
import { mutations, type MutationArgs, type MutationName } from '../domain/mutations/registry';
import type { CourtCircuitDb, ServerRowRecord } from './database';
import { loadDevice } from './device';

export type MutationResult =
  | { ok: true; mutationId: number }
  | { ok: false; code: RejectionCode | 'storage'; issues: FieldIssue[] };

/** The tables a mutation's transaction spans: a caller that groups mutations in one transaction opens these. */
export function mutationTables(db: CourtCircuitDb) {
  return [...SYNCED_TABLES.map((t) => db.table(t)), db.outbox, db.serverRows, db.device, db.syncState];
}

/**
 * Reads rows for one mutation, each once: a row the plan read is not read again to merge the write into it. Whether
 * it has a server base is asked in the same round trip, because a row this device starts writing keeps the version
 * it showed as its base (see sync-apply.ts).
 */
function cachedRowReader(db: CourtCircuitDb) {
  const reads = new Map<string, { row: Promise<SyncedRow | undefined>; hasBase: Promise<boolean> }>();
  return (table: TableName, id: string) => {
    const key = rowKey(table, id);
    const cached = reads.get(key);
    if (cached) return cached;
    const fresh = {
      row: db.syncedTable(table).get(id) as Promise<SyncedRow | undefined>,
      hasBase: db.serverRows.get(key).then((base) => base !== undefined),
    };
    reads.set(key, fresh);
    return fresh;
  };
}

export async function runMutation<N extends MutationName>(
  db: CourtCircuitDb,
  name: N,
  args: MutationArgs<N>,
  now: () => number = Date.now,
): Promise<MutationResult> {
  const def = mutations[name];
  // The types of a definition's functions depend on N; the registry pairs each name with its own schema, so
  // calling them with what that schema parsed is sound.
  const plan = def.plan as (args: unknown, ctx: PlanContext) => Promise<RowWrite[]>;
  const writesTo = def.writesTo as ((args: unknown) => readonly { table: TableName; id: string }[]) | undefined;
  const parsed = def.args.safeParse(args);
  if (!parsed.success) return { ok: false, code: 'invalid', issues: issuesFromZod(parsed.error) };
  try {
    const mutationId = await db.transaction('rw', mutationTables(db), async () => {
      // Requests are issued together wherever one does not need another's answer: each await is a round trip to
      // the storage process, and IndexedDB runs a transaction's requests in the order they were made anyway. So the
      // plan's reads go with the device's: a check-off waits on one round trip before its writes (see writesTo), not three.
      const rows = cachedRowReader(db);
      const read = { get: (table: TableName, id: string) => rows(table, id).row };
      for (const { table, id } of writesTo?.(parsed.data) ?? []) rows(table, id);
      const [[device, syncState], writes] = await Promise.all([
        Promise.all([loadDevice(db), db.syncState.get('sync')]),
        plan(parsed.data, { read }),
      ]);
      // The server's clock, as last measured, corrects a phone whose clock is wrong.
      const clock = tick(device.hlc, now() + (syncState?.clockOffsetMs ?? 0));
      const hlc = encodeHlc(clock);
      const [existing, hasBase] = await Promise.all([
        Promise.all(writes.map((write) => rows(write.table, write.id).row)),
        Promise.all(writes.map((write) => rows(write.table, write.id).hasBase)),
      ]);
      // Two writes to one row merge one after the other, the second into the first's result.
      const merged = new Map<string, SyncedRow>();
      const baseless = new Map<string, ServerRowRecord>();
      const puts = writes.flatMap((write, n) => {
        const key = rowKey(write.table, write.id);
        const before = existing[n];
        if (!hasBase[n] && !baseless.has(key)) baseless.set(key, before ? { key, table: write.table, row: before } : { key, table: write.table });
        const row = mergeWrite(merged.get(key) ?? before, write, hlc);
        if (!row) return [];
        merged.set(key, row);
        return [db.syncedTable(write.table).put(row)];
      });
      const mutationId = device.nextMutationId;
      await Promise.all([
        ...puts,
        ...(baseless.size > 0 ? [db.serverRows.bulkPut([...baseless.values()])] : []),
        db.outbox.add({ mutationId, clientId: device.clientId, name, args: parsed.data, hlc, createdAt: new Date(now()).toISOString(), writes }),
        db.device.put({ ...device, hlc: clock, nextMutationId: mutationId + 1 }),
      ]);
      return mutationId;
    });
    return { ok: true, mutationId };
  } catch (error) {
    if (error instanceof MutationRejected) return { ok: false, code: error.code, issues: error.issues };
    console.error('local write failed', error);
    return { ok: false, code: 'storage', issues: [{ path: '', message: 'validation.storageFailed' }] };
  }
}
