/** Starts the app's sync once (engine + scheduler on the app's database) and hands it to the screens. */
import { useEffect } from 'react';
import { db } from '../../db/database';
import { SyncEngine } from '../../sync/engine';
import { startSyncScheduler } from '../../sync/scheduler';
import type { Transport } from '../../sync/transport';
import { useSyncStore } from './sync-store';

export function useSyncRuntime(transport: Transport): void {
  useEffect(() => {
    const scheduler = startSyncScheduler({ db, engine: new SyncEngine({ db, transport }) });
    useSyncStore.getState().setRuntime({ syncNow: scheduler.syncNow, transport });
    return () => {
      scheduler.stop();
      useSyncStore.getState().setRuntime(null);
    };
  }, [transport]);
}
