/** Everything the status line and the account screen say about sync, live from local data. */
import type { SessionRecord, SyncStateRecord } from '../../db/database';
import { useLocalSyncStatus } from '../../db/hooks/use-local-sync-status';
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

export function useSyncStatus(): SyncStatus {
  const online = useOnline();
  const data = useLocalSyncStatus();
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
