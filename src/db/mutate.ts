/**
 * The one write path to local data: validate a named mutation, apply its row writes and append it to the outbox
 * in a single IndexedDB transaction, so a change is either fully recorded for sync or not recorded at all.
 */
import { tick, encodeHlc } from '../domain/hlc';
import { SYNCED_TABLES, mergeWrite, type SyncedRow } from '../domain/rows';
import { MutationRejected, issuesFromZod, type FieldIssue, type RejectionCode } from '../domain/mutations/define';
import { mutations, type MutationArgs, type MutationName } from '../domain/mutations/registry';
import type { CourtCircuitDb } from './database';
import { loadDevice } from './device';

export type MutationResult =
  | { ok: true; mutationId: number }
  | { ok: false; code: RejectionCode | 'storage'; issues: FieldIssue[] };

export async function runMutation<N extends MutationName>(
  db: CourtCircuitDb,
  name: N,
  args: MutationArgs<N>,
  now: () => number = Date.now,
): Promise<MutationResult> {
  const def = mutations[name];
  const parsed = def.args.safeParse(args);
  if (!parsed.success) return { ok: false, code: 'invalid', issues: issuesFromZod(parsed.error) };
  try {
    const tables = [...SYNCED_TABLES.map((t) => db.table(t)), db.outbox, db.device, db.syncState];
    const mutationId = await db.transaction('rw', tables, async () => {
      const device = await loadDevice(db);
      // The server's clock, as last measured, corrects a phone whose clock is wrong.
      const clockOffsetMs = (await db.syncState.get('sync'))?.clockOffsetMs ?? 0;
      const clock = tick(device.hlc, now() + clockOffsetMs);
      const hlc = encodeHlc(clock);
      const read = { get: (table: (typeof SYNCED_TABLES)[number], id: string) => db.syncedTable(table).get(id) as Promise<SyncedRow | undefined> };
      // The plan's type depends on N; the registry pairs each name with its own schema, so this call is sound.
      const writes = await (def.plan as (a: unknown, c: unknown) => ReturnType<typeof def.plan>)(parsed.data, { read, hlc, clientId: device.clientId });
      for (const write of writes) {
        const table = db.syncedTable(write.table);
        const merged = mergeWrite(await read.get(write.table, write.id), write, hlc);
        if (merged) await table.put(merged);
      }
      const mutationId = device.nextMutationId;
      await db.outbox.add({ mutationId, clientId: device.clientId, name, args: parsed.data, hlc, createdAt: new Date(now()).toISOString(), writes });
      await db.device.put({ ...device, hlc: clock, nextMutationId: mutationId + 1 });
      return mutationId;
    });
    return { ok: true, mutationId };
  } catch (error) {
    if (error instanceof MutationRejected) return { ok: false, code: error.code, issues: error.issues };
    console.error('local write failed', error);
    return { ok: false, code: 'storage', issues: [{ path: '', message: 'validation.storageFailed' }] };
  }
}
