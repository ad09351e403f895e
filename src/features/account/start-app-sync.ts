/** Starts the engine and the scheduler on the app's database and hands "sync now" to the screens. */
import { startAppSyncScheduler } from '../../sync/app-sync';
import type { Transport } from '../../sync/transport';
import { useSyncStore } from './sync-store';

export function startAppSync(transport: Transport): () => void {
  const scheduler = startAppSyncScheduler(transport);
  useSyncStore.getState().setRuntime({ syncNow: scheduler.syncNow, transport });
  return () => {
    scheduler.stop();
    useSyncStore.getState().setRuntime(null);
  };
}
