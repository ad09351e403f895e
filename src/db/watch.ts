/** Live subscriptions to local data for code outside React (the sync scheduler); screens use useLiveQuery. */
import { liveQuery } from 'dexie';
import type { CourtCircuitDb } from './database';

/** Calls back with the number of outbox entries now and whenever it changes, in this tab or another. */
export function watchOutboxCount(db: CourtCircuitDb, onChange: (count: number) => void): () => void {
  const subscription = liveQuery(() => db.outbox.count()).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}

export interface OutboxSummary {
  count: number;
  /** The name of the newest entry's mutation, if any. */
  newest: string | null;
}

/** Calls back with the outbox's size and newest mutation now and whenever they change, in this tab or another. */
export function watchOutbox(db: CourtCircuitDb, onChange: (summary: OutboxSummary) => void): () => void {
  const subscription = liveQuery(async () => ({
    count: await db.outbox.count(),
    newest: (await db.outbox.orderBy('mutationId').last())?.name ?? null,
  })).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}

/** Calls back with whether a session is stored now and whenever that changes (sign-in, sign-out). */
export function watchSignedIn(db: CourtCircuitDb, onChange: (signedIn: boolean) => void): () => void {
  const subscription = liveQuery(async () => (await db.session.get('session')) !== undefined).subscribe({
    next: onChange,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
