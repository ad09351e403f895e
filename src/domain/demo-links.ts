/** Which rows belong to the example territory, shared by demo.clear and the device that lists what to remove. */
import type { TableName } from './rows';

/**
 * Where a row that is not demo itself may point at the example, in the tables whose rows hang off another row: a
 * real member's link to a demo group, a real contract on a demo offer, a check-off of a demo basket… Such rows go
 * with the example (they would point at nothing). Listed in SYNCED_TABLES order, which is also the order in which
 * a row's references are settled before the row itself.
 */
export const DEMO_LINK_REFS: Partial<Record<TableName, readonly (readonly [field: string, table: TableName])[]>> = {
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
};

/** Whether a row belongs to the example: flagged demo, or pointing at a row that does (`isDemo` says which do). */
export async function isDemoRelated(
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
