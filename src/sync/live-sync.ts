/**
 * Holds the live channel open exactly while it can help: online, signed in and the page visible. Offline it could
 * only fail; signed out it has no session; hidden, the phone is in a pocket and the sync on `visibilitychange`
 * catches up as soon as the screen is looked at again, without a connection held open meanwhile.
 */
import type { CourtCircuitDb } from '../db/database';
import { readSyncState } from '../db/sync-state';
import { watchSignedIn } from '../db/watch';
import { createLiveChannel, type LiveChannel, type LiveChannelOptions } from './live-channel';
import type { Transport } from './transport';

export interface LiveSyncOptions {
  db: CourtCircuitDb;
  transport: Transport;
  /** The scheduler's syncSoon. */
  syncSoon: () => void;
  random?: LiveChannelOptions['random'];
}

export interface LiveSync {
  channel: LiveChannel;
  stop(): void;
}

export function startLiveSync({ db, transport, syncSoon, random }: LiveSyncOptions): LiveSync {
  const channel = createLiveChannel({
    transport,
    token: async () => (await db.session.get('session'))?.token ?? null,
    cursor: async () => (await readSyncState(db)).cursor,
    onNewVersion: syncSoon,
    random,
  });
  let signedIn = false;
  const update = () => channel.setActive(signedIn && navigator.onLine !== false && document.visibilityState !== 'hidden');
  const unwatch = watchSignedIn(db, (now) => {
    signedIn = now;
    update();
  });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  document.addEventListener('visibilitychange', update);
  return {
    channel,
    stop() {
      unwatch();
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      document.removeEventListener('visibilitychange', update);
      channel.setActive(false);
    },
  };
}
