/**
 * Pulling everything again when the account's scope changed (an animator's groups, a producer's link): the rows it
 * may now see are older than its cursor, and rows it may no longer see must leave the phone. The device pulls from
 * the beginning, noting each row it receives, and once the pull is complete lets go of every row it was not sent,
 * but for those its outbox still writes: nothing typed here is dropped before the server has answered for it.
 * The rows stay shown throughout, so a pull cut short leaves the phone as it was, and the next sync goes on.
 */
import { SYNCED_TABLES, keysWithBase, rowKey } from '../domain/rows/rows';
import type { CourtCircuitDb, OutboxEntry } from './database';
import { readSyncState } from './sync-state';

/**
 * Starts a pull from the beginning when the server names another scope than the one this device pulled under.
 * A device that never heard of scopes (pulled by an earlier release, or never) takes the one it is told.
 * Returns true when the pull must start again from cursor 0.
 */
export async function resyncIfScopeChanged(db: CourtCircuitDb, scope: string | undefined): Promise<boolean> {
  if (scope === undefined) return false;
  return db.transaction('rw', db.syncState, async () => {
    const state = await readSyncState(db);
    if (state.scope === scope) return false;
    const changed = state.scope !== undefined;
    await db.syncState.put(changed ? { ...state, scope, cursor: 0, progress: null, resync: { keys: [] } } : { ...state, scope });
    return changed;
  });
}

/** After the complete pull from the beginning: every row not received and not written by the outbox leaves. */
export async function dropRowsNotReceived(
  db: CourtCircuitDb,
  received: ReadonlySet<string>,
  outbox: readonly OutboxEntry[],
): Promise<void> {
  const written = keysWithBase(outbox, []);
  for (const table of SYNCED_TABLES) {
    const ids = (await db.syncedTable(table).toCollection().primaryKeys()) as string[];
    const gone = ids.filter((id) => !received.has(rowKey(table, id)) && !written.has(rowKey(table, id)));
    if (gone.length === 0) continue;
    await db.syncedTable(table).bulkDelete(gone);
    await db.serverRows.bulkDelete(gone.map((id) => rowKey(table, id)));
  }
}
