import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { applyPulledPage, type PulledPage } from '../../../src/db/sync-apply';
import { readSyncState } from '../../../src/db/sync-state';
import type { SyncedRow } from '../../../src/domain/rows/rows';
import { resetAppDb } from '../../helpers/app-db';

beforeEach(async () => {
  await resetAppDb();
});

const subscriptions: { unsubscribe(): void }[] = [];
afterEach(() => {
  for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
});

const member = (id: string, quarterId: string): SyncedRow => ({
  id,
  deleted: false,
  demo: false,
  clocks: {},
  firstName: id,
  lastName: 'Durand',
  quarterId,
});
const page = (rows: SyncedRow[], cursor: number): PulledPage => ({
  changes: rows.map((row) => ({ table: 'members', row })),
  cursor,
  hasMore: false,
  remaining: 0,
  lastMutationId: 0,
});

/** The values a live query has delivered so far. */
function watch<T>(query: () => Promise<T>): T[] {
  const seen: T[] = [];
  subscriptions.push(liveQuery(query).subscribe((value) => seen.push(value)));
  return seen;
}

describe('applyPulledPage', () => {
  it('wakes the live queries reading the pulled tables, by key and by index, past what Dexie had cached', async () => {
    const all = watch(() => db.members.toArray());
    const inQuarter = watch(() => db.members.where('quarterId').equals('q1').toArray());
    await expect.poll(() => all.length).toBe(1);
    await expect.poll(() => inQuarter.length).toBe(1);

    await applyPulledPage(db, page([member('m1', 'q1'), member('m2', 'q2')], 2), Date.now());
    await expect.poll(() => all.at(-1)?.map((m) => m.id)).toEqual(['m1', 'm2']);
    await expect.poll(() => inQuarter.at(-1)?.map((m) => m.id)).toEqual(['m1']);

    await applyPulledPage(db, page([{ ...member('m2', 'q1'), firstName: 'Camille' }], 3), Date.now());
    await expect.poll(() => inQuarter.at(-1)?.map((m) => m.firstName)).toEqual(['m1', 'Camille']);
  });

  it('stores nothing of a page with a row IndexedDB refuses, and keeps the cursor', async () => {
    const unstorable = { ...member('m3', 'q1'), id: { not: 'a key' } } as unknown as SyncedRow;
    await expect(applyPulledPage(db, page([member('m1', 'q1'), unstorable], 5), Date.now())).rejects.toThrow();
    expect(await db.members.count()).toBe(0);
    expect((await readSyncState(db)).cursor).toBe(0);
  });
});
