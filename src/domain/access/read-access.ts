/**
 * What each role reads of each synced table: all of it, none of it, or the rows of a scope (possibly projected to
 * some fields), and, when `others` names a projection, the rows outside the scope too, projected by it. Every table
 * is listed for every role, so a new table is a decision, not an accident.
 */
import { SYNCED_TABLES, type TableName } from '../rows/rows';
import type { Role } from './account';
import type { ProjectionName } from './projections';
import type { ScopeName } from './scopes';

export type TableRead = 'whole' | 'none' | { rows: ScopeName; shown?: ProjectionName; others?: ProjectionName };

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
    // Who has paid what in their groups, to remind members at the table; not which cheque, nor its bank.
    payments: { rows: 'inTheirGroups', shown: 'paymentWithoutCheque' },
    membershipFees: { rows: 'inTheirGroups' },
  },
  // A producer's phone is for handing baskets over and being paid for them: each table is what that needs.
  producer: {
    // Names of quarters and communes: no one's data, and a producer's place is shown by its commune.
    areas: 'whole',
    // Their own row whole (they edit it); the others as the producers' list shows them, without contacts or notes.
    producers: { rows: 'theirProducer', others: 'fellowProducer' },
    // Every group: the name of the group a distribution is for, and no one's personal data (a group's place is a
    // public place). Whole for the same reason as the calendar below.
    groups: 'whole',
    // Every distribution: a calendar holds no personal data, and a producer whose first contract in a group comes
    // after that group's calendar was made would otherwise never receive it (its cursor has passed those rows). Its
    // notes say how the day goes (where to park, who opens), which whoever delivers to it needs too.
    distributions: 'whole',
    // Their own products: theirs to manage.
    offers: { rows: 'theirProducts' },
    // Their own contracts, as the check-off and a payments view read them; not the coordinator's notes.
    contracts: { rows: 'theirProducts', shown: 'producerContract' },
    // Their own baskets' check-offs; whoever collected instead named as a member is.
    pickups: { rows: 'theirProducts', shown: 'collectorNameCut' },
    // Who will not come, or who comes instead, for their own customers; not the member's note.
    absences: { rows: 'deliveredByThem', shown: 'absenceWithProxyNameCut' },
    // Whom to hand a basket to: their customers, as a first name and an initial.
    members: { rows: 'theirCustomers', shown: 'firstNameAndInitial' },
    // None of these is needed to hand a basket over or to be paid.
    events: 'none',
    groupMembers: 'none',
    volunteers: 'none',
    partners: 'none',
    initiatives: 'none',
    outlets: 'none',
    attendance: 'none',
    // The instalments of their own contracts, cheques included: what they take home and cash.
    payments: { rows: 'theirProducts' },
    membershipFees: 'none',
  },
};

/**
 * Tables whose scopes depend on who created a row (an animator's own sign-ups and events): a row of them travels
 * with its owner to the accounts that read it unprojected, so that their devices can judge those scopes too.
 */
export const OWNED_TABLES: ReadonlySet<TableName> = new Set(['members', 'events']);

export function ownerTravels(role: Role, table: TableName): boolean {
  const read = READ_ACCESS[role][table];
  return OWNED_TABLES.has(table) && read !== 'none' && (read === 'whole' || (read.shown === undefined && read.others === undefined));
}
