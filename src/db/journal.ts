/**
 * The journal: mutations the server applied, kept a while after they leave the outbox, so that a device can send
 * them again if the server is restored from a backup older than them (src/db/restore-recovery.ts).
 */
import type { CourtCircuitDb, OutboxEntry } from './database';

/**
 * How long an applied mutation is kept, and how many at most: a restore is from last night's backup, or a few days
 * older at worst. A sign-up is about a kilobyte with its writes.
 */
export const JOURNAL_DAYS = 14;
export const JOURNAL_MAX_ENTRIES = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Keeps the mutations the server applied in the journal and lets the old ones go. Call inside a transaction over it. */
export async function journalApplied(db: CourtCircuitDb, applied: readonly OutboxEntry[], nowIso: string): Promise<void> {
  if (applied.length > 0) await db.journal.bulkPut(applied.map((entry) => ({ ...entry, settledAt: nowIso })));
  const cutoff = new Date(Date.parse(nowIso) - JOURNAL_DAYS * DAY_MS).toISOString();
  await db.journal.where('settledAt').below(cutoff).delete();
  const excess = (await db.journal.count()) - JOURNAL_MAX_ENTRIES;
  if (excess > 0) await db.journal.orderBy('mutationId').limit(excess).delete();
}
