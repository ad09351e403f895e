/** Loading the example territory and removing it again, both through the one write path (demo.load, demo.clear). */
import { SYNCED_TABLES, type TableName } from '../domain/rows';
import type { CourtCircuitDb } from './database';
import type { MutationResult } from './mutate';

export async function loadDemo(db: CourtCircuitDb): Promise<MutationResult> {
  // Imported on demand: the example is only needed once, and must not weigh on the app's first load.
  const [{ buildDemoDataset }, { runMutation }] = await Promise.all([import('../domain/demo-dataset'), import('./mutate')]);
  return runMutation(db, 'demo.load', buildDemoDataset());
}

export interface DemoTarget {
  table: TableName;
  id: string;
}

/** Every live demo row, plus the live group links that point at a demo group or a demo member. */
export async function demoTargets(db: CourtCircuitDb): Promise<DemoTarget[]> {
  const targets: DemoTarget[] = [];
  for (const table of SYNCED_TABLES) {
    if (table === 'groupMembers') continue;
    const ids = await db.syncedTable(table).filter((row) => row.demo === true && row.deleted !== true).primaryKeys();
    for (const id of ids) targets.push({ table, id });
  }
  // A demo group or member deleted earlier may still have live links: look them up whatever their state.
  const demoRefs = new Set([
    ...(await db.groups.filter((row) => row.demo).primaryKeys()),
    ...(await db.members.filter((row) => row.demo).primaryKeys()),
  ]);
  const links = await db.groupMembers
    .filter((link) => !link.deleted && (link.demo || demoRefs.has(link.groupId) || demoRefs.has(link.memberId)))
    .toArray();
  for (const link of links) targets.push({ table: 'groupMembers', id: link.id });
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
  const count = (table: TableName) => db.syncedTable(table).filter((row) => row.demo === true && row.deleted !== true).count();
  const [areas, producers, groups, events, members] = await Promise.all(
    (['areas', 'producers', 'groups', 'events', 'members'] as const).map(count),
  );
  return { areas, producers, groups, events, members };
}
