/**
 * What each role reads of each synced table: all of it, none of it, or the rows of a scope (possibly projected to
 * some fields). Every table is listed for every role, so a new table is a decision, not an accident.
 */
import { SYNCED_TABLES, type TableName } from '../rows/rows';
import type { Role } from './account';
import type { ProjectionName } from './projections';
import type { ScopeName } from './scopes';

export type TableRead = 'whole' | 'none' | { rows: ScopeName; shown?: ProjectionName };

const everyTable = (read: TableRead) => Object.fromEntries(SYNCED_TABLES.map((table) => [table, read])) as Record<TableName, TableRead>;

export const READ_ACCESS: Readonly<Record<Role, Readonly<Record<TableName, TableRead>>>> = {
  coordinator: everyTable('whole'),
  animator: {
    areas: 'whole',
    producers: 'whole',
    groups: 'whole',
    events: 'whole',
    offers: 'whole',
    members: { rows: 'onTheirDayLists' },
    groupMembers: { rows: 'inTheirGroups' },
    contracts: { rows: 'inTheirGroups' },
    distributions: { rows: 'inTheirGroups' },
    absences: { rows: 'atTheirGroupsDistributions' },
    pickups: { rows: 'atTheirGroupsDistributions' },
    volunteers: { rows: 'atTheirGroupsDistributions' },
    // The programme's directories; an animator changes none of them.
    partners: 'whole',
    initiatives: 'whole',
    outlets: 'whole',
    // Who came to their own events, so that every phone of theirs shows the same attendance.
    attendance: { rows: 'atTheirEvents' },
  },
  producer: {
    areas: 'whole',
    producers: 'whole',
    groups: 'whole',
    // Every distribution: a calendar holds no personal data, and a producer whose first contract in a group comes
    // after that group's calendar was made would otherwise never receive it (its cursor has passed those rows).
    distributions: 'whole',
    offers: { rows: 'theirProducts' },
    contracts: { rows: 'theirProducts' },
    pickups: { rows: 'theirProducts', shown: 'collectorNameCut' },
    absences: { rows: 'deliveredByThem', shown: 'absenceWithProxyNameCut' },
    members: { rows: 'theirCustomers', shown: 'firstNameAndInitial' },
    events: 'none',
    groupMembers: 'none',
    volunteers: 'none',
    partners: 'none',
    initiatives: 'none',
    outlets: 'none',
    attendance: 'none',
  },
};

/**
 * Tables whose scopes depend on who created a row (an animator's own sign-ups and events): a row of them travels
 * with its owner to the accounts that read it unprojected, so that their devices can judge those scopes too.
 */
export const OWNED_TABLES: ReadonlySet<TableName> = new Set(['members', 'events']);

export function ownerTravels(role: Role, table: TableName): boolean {
  const read = READ_ACCESS[role][table];
  return OWNED_TABLES.has(table) && read !== 'none' && (read === 'whole' || read.shown === undefined);
}
