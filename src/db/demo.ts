/** Loading the example territory and removing it again, both through the one write path (demo.load, demo.clear). */
import type { DemoDataset } from '../domain/mutations/demo-mutations';
import { demoRemoval, mayPointAtDemo } from '../domain/rows/demo-links';
import { SYNCED_TABLES, rowKey, type TableName } from '../domain/rows/rows';
import type { CourtCircuitDb } from './database';
import type { MutationResult } from './mutate';

/** The dataset is given by the caller (the example is in src/data, which src/db does not import). */
export async function loadDemo(db: CourtCircuitDb, dataset: DemoDataset): Promise<MutationResult> {
  // The write path (and its schemas) loads on demand: the demo banner is on the first screen.
  const { runMutation } = await import('./mutate');
  return runMutation(db, 'demo.load', dataset);
}

export interface DemoTarget {
  table: TableName;
  id: string;
}

/**
 * Every live demo row, plus the live rows that point at the example (a real member's link to a demo group, a
 * check-off of a demo basket…), settled table by table so that a row pointing at such a row goes too, and the real
 * rows whose quarter, commune or sign-up event is a demo row (demo.clear clears those references).
 */
export async function demoTargets(db: CourtCircuitDb): Promise<DemoTarget[]> {
  const targets: DemoTarget[] = [];
  // Demo rows deleted earlier may still have live rows pointing at them: they count whatever their state.
  const demoKeys = new Set<string>();
  const isDemo = (table: TableName, id: string) => demoKeys.has(rowKey(table, id));
  for (const table of SYNCED_TABLES) {
    for (const id of await db
      .syncedTable(table)
      .filter((row) => row.demo === true)
      .primaryKeys())
      demoKeys.add(rowKey(table, id));
  }
  for (const table of SYNCED_TABLES) {
    // Rows that can point at the example are all looked at; the others only count when flagged demo.
    const candidates = mayPointAtDemo(table)
      ? db.syncedTable(table).toCollection()
      : db.syncedTable(table).filter((row) => row.demo === true);
    for (const row of await candidates.toArray()) {
      const removal = row.deleted ? null : await demoRemoval(table, row, isDemo);
      if (!removal) continue;
      if (removal.deleted === true) demoKeys.add(rowKey(table, row.id));
      targets.push({ table, id: row.id });
    }
  }
  return targets;
}

export async function clearDemo(db: CourtCircuitDb): Promise<MutationResult> {
  // The write path (and its schemas) loads on demand: the demo banner is on the first screen.
  const { runMutation } = await import('./mutate');
  return runMutation(db, 'demo.clear', { targets: await demoTargets(db) });
}

export type DemoCounts = Record<'areas' | 'producers' | 'groups' | 'events' | 'members', number>;

/** How many live demo rows each table holds, for the settings screen's summary. */
export async function countDemoRows(db: CourtCircuitDb): Promise<DemoCounts> {
  const count = (table: TableName) =>
    db
      .syncedTable(table)
      .filter((row) => row.demo === true && row.deleted !== true)
      .count();
  const [areas, producers, groups, events, members] = await Promise.all(
    (['areas', 'producers', 'groups', 'events', 'members'] as const).map(count),
  );
  return { areas, producers, groups, events, members };
}
