/**
 * The scopes of the access table, each written once: which rows an account answers for. A scope is asked about a
 * row of one of its tables, either by the row's id alone (an animator's groups, a producer's own row: the account
 * lists them) or on the row itself, read through a ScopeReader, which the server and a device each implement.
 */
import type { TableName } from '../rows/rows';
import type { Account, ScopedRow, ScopeReader } from './account';

type RowTest = (account: Account, scoped: ScopedRow, reader: ScopeReader) => boolean | Promise<boolean>;

export type Scope =
  | { by: 'id'; tables: readonly TableName[]; test: (account: Account, id: string) => boolean }
  | { by: 'row'; tables: readonly TableName[]; test: RowTest };

const isTheirGroup = (account: Account, groupId: unknown) => typeof groupId === 'string' && account.groupIds.includes(groupId);
const isTheirProducer = (account: Account, producerId: unknown) => account.producerId !== null && producerId === account.producerId;

/** An event the account runs: one it created, or one of a group it animates (shared by that group's animators). */
const runsEvent = (account: Account, event: ScopedRow | undefined): boolean =>
  event !== undefined && (event.ownerId === account.userId || isTheirGroup(account, event.row.groupId));

/** Members an animator answers for: those they signed up, those signed up at their events, those in their groups. */
async function isTheirMember(account: Account, member: ScopedRow, reader: ScopeReader): Promise<boolean> {
  if (member.ownerId === account.userId) return true;
  const eventId = member.row.signupEventId;
  if (typeof eventId === 'string' && runsEvent(account, await reader.getRow('events', eventId))) return true;
  // Looked up per group, not per member: a pull's lookups are remembered, so a page of members costs one read per group.
  for (const groupId of account.groupIds) {
    const links = await reader.findRows('groupMembers', 'groupId', groupId);
    if (links.some((link) => link.row.memberId === member.row.id)) return true;
  }
  return false;
}

/** Members with a live contract in one of the animator's groups: their names are on the day's list. */
async function holdsContractInTheirGroups(account: Account, member: ScopedRow, reader: ScopeReader): Promise<boolean> {
  for (const groupId of account.groupIds) {
    const contracts = await reader.findRows('contracts', 'groupId', groupId);
    if (contracts.some((contract) => contract.row.memberId === member.row.id)) return true;
  }
  return false;
}

/** The producer's live contracts: who it delivers to, and in which groups. */
async function theirContracts(account: Account, reader: ScopeReader): Promise<ScopedRow[]> {
  return account.producerId === null ? [] : reader.findRows('contracts', 'producerId', account.producerId);
}

async function distributionOf(scoped: ScopedRow, reader: ScopeReader): Promise<ScopedRow | undefined> {
  return reader.getRow('distributions', String(scoped.row.distributionId));
}

export const SCOPES = {
  /** A group the animator runs. */
  theirGroup: { by: 'id', tables: ['groups'], test: isTheirGroup },
  /** The producer row the producer account speaks for. */
  theirProducer: { by: 'id', tables: ['producers'], test: isTheirProducer },
  /** An event the account runs: created by it, or shared by a group it animates. */
  theirEvent: { by: 'row', tables: ['events'], test: runsEvent },
  theirMember: { by: 'row', tables: ['members'], test: isTheirMember },
  /** A row of one of the animator's groups, by its groupId. */
  inTheirGroups: {
    by: 'row',
    tables: ['distributions', 'contracts', 'groupMembers', 'payments', 'membershipFees'],
    test: (account, scoped) => isTheirGroup(account, scoped.row.groupId),
  },
  /** A row about a distribution of one of the animator's groups. */
  atTheirGroupsDistributions: {
    by: 'row',
    tables: ['absences', 'pickups', 'volunteers'],
    test: async (account, scoped, reader) => isTheirGroup(account, (await distributionOf(scoped, reader))?.row.groupId),
  },
  /** Whom an animator's day lists name: their members, and whoever holds a contract in their groups. */
  onTheirDayLists: {
    by: 'row',
    tables: ['members'],
    test: async (account, member, reader) =>
      (await isTheirMember(account, member, reader)) || holdsContractInTheirGroups(account, member, reader),
  },
  /** Attendance at an event the account runs. */
  atTheirEvents: {
    by: 'row',
    tables: ['attendance'],
    test: async (account, scoped, reader) => runsEvent(account, await reader.getRow('events', String(scoped.row.eventId))),
  },
  /** A producer's own offers, contracts, check-offs and payments, by their producerId. */
  theirProducts: {
    by: 'row',
    tables: ['offers', 'contracts', 'pickups', 'payments'],
    test: (account, scoped) => isTheirProducer(account, scoped.row.producerId),
  },
  /** Members the producer delivers to. */
  theirCustomers: {
    by: 'row',
    tables: ['members'],
    test: async (account, member, reader) =>
      (await theirContracts(account, reader)).some((contract) => contract.row.memberId === member.row.id),
  },
  /** Absences of members the producer delivers to in that distribution's group. */
  deliveredByThem: {
    by: 'row',
    tables: ['absences'],
    test: async (account, absence, reader) => {
      const groupId = (await distributionOf(absence, reader))?.row.groupId;
      return (await theirContracts(account, reader)).some((c) => c.row.memberId === absence.row.memberId && c.row.groupId === groupId);
    },
  },
} satisfies Record<string, Scope>;

export type ScopeName = keyof typeof SCOPES;
