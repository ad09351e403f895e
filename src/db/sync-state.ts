/** This device's sync state: its cursor, what the server has settled, how the last sync went. */
import type { CourtCircuitDb, SyncStateRecord } from './database';

export const INITIAL_SYNC_STATE: SyncStateRecord = {
  key: 'sync',
  cursor: 0,
  ackedMutationId: 0,
  dirtyKeys: [],
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  progress: null,
  clockOffsetMs: 0,
  blocked: null,
};

export async function readSyncState(db: CourtCircuitDb): Promise<SyncStateRecord> {
  return (await db.syncState.get('sync')) ?? INITIAL_SYNC_STATE;
}

export async function updateSyncState(db: CourtCircuitDb, patch: Partial<Omit<SyncStateRecord, 'key'>>): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    await db.syncState.put({ ...(await readSyncState(db)), ...patch });
  });
}
