/** What this device knows of its sync, live: the sync state, the changes waiting, the refusals, the session. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type SessionRecord, type SyncStateRecord } from '../database';
import { countPendingChanges } from '../queries';
import { countRejected, getSession } from '../session';
import { readSyncState } from '../sync-state';

export interface LocalSyncStatus {
  state: SyncStateRecord;
  /** Changes recorded here and not yet acknowledged by the server. */
  pending: number;
  rejected: number;
  session: SessionRecord | null;
}

async function readLocalSyncStatus(): Promise<LocalSyncStatus> {
  const [state, pending, rejected, session] = await Promise.all([
    readSyncState(db),
    countPendingChanges(db),
    countRejected(db),
    getSession(db),
  ]);
  return { state, pending, rejected, session };
}

/** undefined while reading. */
export function useLocalSyncStatus(): LocalSyncStatus | undefined {
  return useLiveQuery(readLocalSyncStatus, []);
}
