/** Starts the engine and the scheduler on the app's database and hands "sync now" to the screens. */
import { db } from '../../db/database';
import { SyncEngine } from '../../sync/engine';
import { startSyncScheduler } from '../../sync/scheduler';
import type { Transport } from '../../sync/transport';
import { useSyncStore } from './sync-store';

export function startAppSync(transport: Transport): () => void {
  const scheduler = startSyncScheduler({ db, engine: new SyncEngine({ db, transport }) });
  useSyncStore.getState().setRuntime({ syncNow: scheduler.syncNow, transport });
  return () => {
    scheduler.stop();
    useSyncStore.getState().setRuntime(null);
  };
}
