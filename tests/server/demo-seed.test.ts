// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/server/demo-seed';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { ServerClock } from '../../src/server/sync/server-clock';

describe('seedDemoIfEmpty', () => {
  it('loads the example territory once, flagged as demo, and never again', async () => {
    const store = new SqliteStore(':memory:');
    const clock = new ServerClock();
    expect(await seedDemoIfEmpty(store, clock)).toBe(true);
    const rows = await store.read((tx) => tx.changesAfter(0, 10_000));
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((stored) => stored.row.demo)).toBe(true);
    expect(new Set(rows.map((stored) => stored.table))).toEqual(new Set(['areas', 'producers', 'groups', 'events', 'members', 'groupMembers']));
    expect(await seedDemoIfEmpty(store, clock)).toBe(false);
    expect(await store.read((tx) => tx.countChangesAfter(0))).toBe(rows.length);
    await store.close();
  });
});
