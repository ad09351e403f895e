/**
 * What a device keeps and does so that a server restored from an older backup loses nobody's work. Applied
 * mutations stay a while in the `journal` after they leave the outbox. When the server turns out to have been restored
 * (src/sync/engine.ts: another store epoch, or a last settled mutation below what it had acknowledged), the journal's
 * mutations the server no longer has go back into the outbox ahead of the pending ones, all numbered on from the
 * server's last settled mutation, and the pull starts again from the beginning. They are sent again as they were
 * first sent, with their own clocks: the server validates and authorises them as any mutation, and the merge, last
 * writer per field by clock, makes a write applied twice, or after a later one, change nothing
 * (docs/sync-protocol.md, "After a restore").
 */
import { rowKey, type TableName } from '../domain/rows/rows';
import type { CourtCircuitDb, JournalEntry, OutboxEntry, ServerRowRecord } from './database';
import { loadDevice, putDevice } from './device';
import { readSyncState } from './sync-state';

export interface Recovery {
  /** Mutations the server had applied and lost, sent again. */
  resent: number;
  /** Mutations not sent yet, numbered anew. */
  pending: number;
}

/**
 * After a restore: the journal's mutations after the server's last settled one (`lastMutationId`) and the outbox,
 * in their order, become the outbox numbered from lastMutationId + 1 (the server stops at a gap); the device's
 * counter follows; the pull starts from the beginning, since the restored server may give again versions this device
 * has passed; the new epoch is remembered. One transaction.
 */
export async function recoverAfterRestore(db: CourtCircuitDb, server: { lastMutationId: number; epoch?: string }): Promise<Recovery> {
  const last = server.lastMutationId;
  return db.transaction('rw', [db.outbox, db.journal, db.device, db.syncState, db.serverRows], async () => {
    const [lost, pending, state, device] = await Promise.all([
      db.journal.where('mutationId').above(last).sortBy('mutationId'),
      db.outbox.orderBy('mutationId').toArray(),
      readSyncState(db),
      loadDevice(db),
    ]);
    const entries: OutboxEntry[] = [...lost.map(withoutSettledAt), ...pending].map((entry, n) => ({ ...entry, mutationId: last + 1 + n }));
    await db.outbox.clear();
    await db.outbox.bulkAdd(entries);
    await db.journal.where('mutationId').above(last).delete();
    await db.serverRows.bulkAdd(await missingBases(db, lost));
    await putDevice(db, { ...device, nextMutationId: last + 1 + entries.length });
    await db.syncState.put({
      ...state,
      cursor: 0,
      progress: null,
      ackedMutationId: last,
      lastError: null,
      ...(server.epoch === undefined ? {} : { serverEpoch: server.epoch }),
    });
    return { resent: lost.length, pending: pending.length };
  });
}

function withoutSettledAt({ settledAt: _settledAt, ...entry }: JournalEntry): OutboxEntry {
  return entry;
}

/**
 * A row a mutation sent again writes has no server base yet (it had none once its write was settled): it is given an
 * empty one, "not on the server", which the pull from the beginning replaces with the server's row where there is one.
 * Until then a refusal of the mutation sent again takes its effect away, as for any pending write.
 */
async function missingBases(db: CourtCircuitDb, entries: readonly OutboxEntry[]): Promise<ServerRowRecord[]> {
  const written = new Map<string, TableName>();
  for (const entry of entries) for (const write of entry.writes) written.set(rowKey(write.table, write.id), write.table);
  const keys = [...written.keys()];
  const held = await db.serverRows.bulkGet(keys);
  return keys.flatMap((key, n) => (held[n] ? [] : [{ key, table: written.get(key) as TableName }]));
}
