/** Live subscriptions to local data for code outside React (the sync scheduler); screens use useLiveQuery. */
import { liveQuery } from 'dexie';
import type { CourtCircuitDb } from './database';

/** Calls back with the number of outbox entries now and whenever it changes, in this tab or another. */
export function watchOutboxCount(db: CourtCircuitDb, onChange: (count: number) => void): () => void {
  const subscription = liveQuery(() => db.outbox.count()).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}
