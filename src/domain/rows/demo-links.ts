/** Which rows belong to the example territory, shared by demo.clear and the device that lists what to remove. */
import { OPTIONAL_REFS, withoutGoneRefs } from './optional-refs';
import type { TableName } from './rows';

/**
 * Where a row that is not demo itself may point at the example, in the tables whose rows hang off another row: a
 * real member's link to a demo group, a real contract on a demo offer, a check-off of a demo basket… Such rows go
 * with the example (they would point at nothing). Listed in SYNCED_TABLES order, which is also the order in which
 * a row's references are settled before the row itself.
 */
const DEMO_LINK_REFS: Partial<Record<TableName, readonly (readonly [field: string, table: TableName])[]>> = {
  groupMembers: [
    ['groupId', 'groups'],
    ['memberId', 'members'],
  ],
  offers: [['producerId', 'producers']],
  contracts: [
    ['memberId', 'members'],
    ['groupId', 'groups'],
    ['offerId', 'offers'],
  ],
  distributions: [['groupId', 'groups']],
  absences: [
    ['distributionId', 'distributions'],
    ['memberId', 'members'],
  ],
  pickups: [
    ['distributionId', 'distributions'],
    ['contractId', 'contracts'],
  ],
  volunteers: [
    ['distributionId', 'distributions'],
    ['memberId', 'members'],
  ],
  payments: [['contractId', 'contracts']],
  membershipFees: [
    ['groupId', 'groups'],
    ['memberId', 'members'],
  ],
};

/** Whether a row belongs to the example: flagged demo, or pointing at a row that does (`isDemo` says which do). */
async function isDemoRelated(
  table: TableName,
  row: Readonly<Record<string, unknown>>,
  isDemo: (table: TableName, id: string) => boolean | Promise<boolean>,
): Promise<boolean> {
  if (row.demo === true) return true;
  for (const [field, refTable] of DEMO_LINK_REFS[table] ?? []) {
    if (await isDemo(refTable, String(row[field]))) return true;
  }
  return false;
}

/** Whether a row that is not demo itself may be touched by removing the example (removed, or let go of it). */
export function mayPointAtDemo(table: TableName): boolean {
  return DEMO_LINK_REFS[table] !== undefined || OPTIONAL_REFS[table] !== undefined;
}

/**
 * What removing the example writes to a row: a tombstone when it belongs to the example; else, for a real row that
 * points at it by a reference it can do without (a real producer's demo commune, a real member's demo quarter),
 * that reference cleared, so no real row is left pointing at a deleted area; else null, nothing.
 */
export async function demoRemoval(
  table: TableName,
  row: Readonly<Record<string, unknown>>,
  isDemo: (table: TableName, id: string) => boolean | Promise<boolean>,
): Promise<Record<string, unknown> | null> {
  if (await isDemoRelated(table, row, isDemo)) return { deleted: true };
  const detached = await withoutGoneRefs(table, row, isDemo);
  return Object.keys(detached).length > 0 ? detached : null;
}
