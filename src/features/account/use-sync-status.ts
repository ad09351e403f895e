/** Everything the status line and the account screen say about sync, live from local data. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type SessionRecord, type SyncStateRecord } from '../../db/database';
import { countPendingChanges } from '../../db/queries';
import { countRejected, getSession } from '../../db/session';
import { readSyncState } from '../../db/sync-apply';
import { useOnline } from '../../ui/use-online';
import { useSyncStore } from './sync-store';

export interface SyncStatus {
  online: boolean;
  /** False until local data has been read once. */
  loaded: boolean;
  pending: number;
  rejected: number;
  session: SessionRecord | null;
  state: SyncStateRecord | null;
  syncing: boolean;
  /** Whether this app can sync at all (the scheduler runs). */
  canSync: boolean;
}

async function readStatus() {
  const [state, pending, rejected, session] = await Promise.all([
    readSyncState(db),
    countPendingChanges(db),
    countRejected(db),
    getSession(db),
  ]);
  return { state, pending, rejected, session };
}

export function useSyncStatus(): SyncStatus {
  const online = useOnline();
  const data = useLiveQuery(readStatus, []);
  const syncing = useSyncStore((store) => store.syncing);
  const canSync = useSyncStore((store) => store.runtime !== null);
  return {
    online,
    loaded: data !== undefined,
    pending: data?.pending ?? 0,
    rejected: data?.rejected ?? 0,
    session: data?.session ?? null,
    state: data?.state ?? null,
    syncing,
    canSync,
  };
}
