/** The sync engine and its scheduler on the app's database. */
import { db } from '../db/database';
import { SyncEngine } from './engine';
import { startSyncScheduler, type SyncScheduler } from './scheduler';
import type { Transport } from './transport';

export function startAppSyncScheduler(transport: Transport): SyncScheduler {
  return startSyncScheduler({ db, engine: new SyncEngine({ db, transport }) });
}
