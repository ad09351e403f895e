/** The sync engine, its scheduler and the live channel on the app's database. */
import { db } from '../db/database';
import { SyncEngine } from './engine';
import { startLiveSync } from './live-sync';
import { startSyncScheduler, type SyncScheduler } from './scheduler';
import type { Transport } from './transport';

export function startAppSyncScheduler(transport: Transport): SyncScheduler {
  const scheduler = startSyncScheduler({ db, engine: new SyncEngine({ db, transport }) });
  const live = startLiveSync({ db, transport, syncSoon: scheduler.syncSoon });
  return {
    ...scheduler,
    stop() {
      live.stop();
      scheduler.stop();
    },
  };
}
