// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/server/demo-seed';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { ServerClock } from '../../src/server/replication/server-clock';

describe('seedDemoIfEmpty', () => {
  it('loads the example territory once, flagged as demo, and never again', async () => {
    const store = new SqliteStore(':memory:');
    const clock = new ServerClock();
    expect(await seedDemoIfEmpty(store, clock)).toBe(true);
    const rows = await store.read((tx) => tx.changesAfter(0, 10_000));
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((stored) => stored.row.demo)).toBe(true);
    const tables = [
      'areas',
      'producers',
      'groups',
      'events',
      'members',
      'groupMembers',
      'offers',
      'contracts',
      'distributions',
      'absences',
      'pickups',
      'volunteers',
    ];
    expect(new Set(rows.map((stored) => stored.table))).toEqual(new Set(tables));
    // Stored as demo.load wrote them: contracts carry their offer's producer, check-offs their contract's member.
    const byId = (table: string) => new Map(rows.filter((stored) => stored.table === table).map((stored) => [stored.row.id, stored.row]));
    const offers = byId('offers');
    const contracts = byId('contracts');
    expect([...contracts.values()].every((c) => c.producerId === offers.get(String(c.offerId))?.producerId)).toBe(true);
    expect(
      rows
        .filter((stored) => stored.table === 'pickups')
        .every((p) => p.row.memberId === contracts.get(String(p.row.contractId))?.memberId),
    ).toBe(true);
    expect(await seedDemoIfEmpty(store, clock)).toBe(false);
    expect(await store.read((tx) => tx.countChangesAfter(0))).toBe(rows.length);
    await store.close();
  });
});
