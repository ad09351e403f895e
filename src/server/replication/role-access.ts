/**
 * What each role may push and pull. Coordinators see and change everything. Animators sign people up, run their
 * events, the members of their groups and events, and their groups' distribution days. Producers edit their own
 * producer row and offers, see their contracts and the distributions they deliver to, tick their own baskets, and
 * see of a member only what handing a basket over needs. Of the programme's tables (issue 5), animators read the
 * partners, initiatives and outlets and record (and see) attendance at their own events; producers see none of
 * them. Each role is two tables below (push, pull): a mutation or a table a role is not told about is neither pushed
 * nor pulled by it, so new tables start closed.
 */
import { MutationRejected } from '../../domain/mutations/define';
import type { MutationName } from '../../domain/mutations/registry';
import type { SyncedRow, TableName } from '../../domain/rows/rows';
import type { RowLookup, StoredRow } from '../store/store';
import { fullAccess, type AccessPolicy } from './access-policy';
import type { Actor } from './actor';

/** The fields of a mutation's (already validated) arguments that access depends on. */
interface ScopedArgs {
  id?: string;
  groupId?: string;
  memberId?: string;
  keepId?: string;
  mergeId?: string;
  producerId?: string;
  distributionId?: string;
  contractId?: string;
  eventId?: string;
  attendeeKind?: string;
  attendeeId?: string;
  patch?: { groupId?: string; producerId?: string };
}

/** May this actor apply this mutation with these arguments? */
type PushRule = (actor: Actor, args: ScopedArgs, lookup: RowLookup) => Promise<boolean>;
/** The row as this actor may see it, or null. */
type PullRule = (actor: Actor, stored: StoredRow, lookup: RowLookup) => Promise<SyncedRow | null>;

function forbidden(): MutationRejected {
  return new MutationRejected('forbidden', [{ path: '', message: 'validation.forbidden' }]);
}

/** Keeps only some fields of a row, and their clocks: what is not sent cannot leak. */
function pick(row: SyncedRow, fields: readonly string[]): SyncedRow {
  const picked: SyncedRow = { id: row.id, deleted: row.deleted, demo: row.demo, clocks: {} };
  for (const field of ['deleted', 'demo', ...fields]) {
    if (field in row) picked[field] = row[field];
    const clock = row.clocks[field];
    if (clock !== undefined) picked.clocks[field] = clock;
  }
  return picked;
}

const whole: PullRule = async (_actor, stored) => stored.row;

// ---------------------------------------------------------------------------------------------------- animators

/** Members with a live contract in one of the animator's groups: their names are on the day's list. */
async function contractHoldersOfGroups(actor: Actor, lookup: RowLookup): Promise<Set<string>> {
  const holders = new Set<string>();
  for (const groupId of actor.groupIds) {
    for (const contract of await lookup.findRows('contracts', 'groupId', groupId)) holders.add(String(contract.row.memberId));
  }
  return holders;
}

/** Members an animator answers for: those they signed up, those signed up at their events, those in their groups. */
export async function isMemberInScope(actor: Actor, member: StoredRow, lookup: RowLookup): Promise<boolean> {
  if (member.ownerId === actor.userId) return true;
  const eventId = member.row.signupEventId;
  if (typeof eventId === 'string' && (await lookup.getRow('events', eventId))?.ownerId === actor.userId) return true;
  // Looked up per group, not per member: a pull's lookups are remembered, so a page of members costs one read per group.
  for (const groupId of actor.groupIds) {
    const links = await lookup.findRows('groupMembers', 'groupId', groupId);
    if (links.some((link) => link.row.memberId === member.row.id)) return true;
  }
  return false;
}

/** A missing row passes: the mutation's own plan then rejects it as notFound, or creates it. */
async function memberAllowed(actor: Actor, id: string | undefined, lookup: RowLookup): Promise<boolean> {
  const member = id === undefined ? undefined : await lookup.getRow('members', id);
  return !member || (await isMemberInScope(actor, member, lookup));
}

async function ownEventOrNew(actor: Actor, id: string | undefined, lookup: RowLookup): Promise<boolean> {
  const event = id === undefined ? undefined : await lookup.getRow('events', id);
  return !event || event.ownerId === actor.userId;
}

const isOwnGroup = (actor: Actor, groupId: unknown) => typeof groupId === 'string' && actor.groupIds.includes(groupId);

/**
 * A row scoped by its groupId (distributions, contracts): the row as it stands and as the arguments would leave it
 * must both be in the animator's groups, so that neither overwriting another group's row nor moving one out passes.
 */
function inOwnGroup(table: 'distributions' | 'contracts'): PushRule {
  return async (actor, args, lookup) => {
    const existing = args.id === undefined ? undefined : await lookup.getRow(table, args.id);
    const target = args.patch ? args.patch.groupId : args.groupId;
    return (
      (!existing || isOwnGroup(actor, existing.row.groupId)) && (target === undefined ? existing !== undefined : isOwnGroup(actor, target))
    );
  };
}

/** A mutation about one distribution (absence, pick-up, volunteer slot): that distribution is in the animator's groups. */
const ofOwnDistribution: PushRule = async (actor, args, lookup) => {
  const distribution = args.distributionId === undefined ? undefined : await lookup.getRow('distributions', args.distributionId);
  return !distribution || isOwnGroup(actor, distribution.row.groupId);
};

const ANIMATOR_PUSH: Partial<Record<MutationName, PushRule>> = {
  // A sign-up may not reuse the id of someone else's member to overwrite them.
  'member.signUp': (actor, args, lookup) => memberAllowed(actor, args.id, lookup),
  'member.update': (actor, args, lookup) => memberAllowed(actor, args.id, lookup),
  'member.delete': (actor, args, lookup) => memberAllowed(actor, args.id, lookup),
  // Both people must be theirs: a merge rewrites the kept member and tombstones the other.
  'member.merge': async (actor, args, lookup) =>
    (await memberAllowed(actor, args.keepId, lookup)) && memberAllowed(actor, args.mergeId, lookup),
  'event.create': (actor, args, lookup) => ownEventOrNew(actor, args.id, lookup),
  'event.update': (actor, args, lookup) => ownEventOrNew(actor, args.id, lookup),
  'groupMember.add': async (actor, args, lookup) => isOwnGroup(actor, args.groupId) && memberAllowed(actor, args.memberId, lookup),
  'groupMember.remove': async (actor, args) => isOwnGroup(actor, args.groupId),
  'distribution.create': inOwnGroup('distributions'),
  'distribution.update': inOwnGroup('distributions'),
  'distribution.delete': inOwnGroup('distributions'),
  'contract.create': inOwnGroup('contracts'),
  'contract.update': inOwnGroup('contracts'),
  'contract.delete': inOwnGroup('contracts'),
  'absence.declare': ofOwnDistribution,
  'absence.cancel': ofOwnDistribution,
  'pickup.record': ofOwnDistribution,
  'volunteer.take': ofOwnDistribution,
  'volunteer.release': ofOwnDistribution,
  // Attendance at their own events only; a member marked present must be one of theirs, like a group link.
  'attendance.record': async (actor, args, lookup) =>
    (await ownEventOrNew(actor, args.eventId, lookup)) && (args.attendeeKind !== 'member' || memberAllowed(actor, args.attendeeId, lookup)),
};

const ofOwnGroup: PullRule = async (actor, stored) => (isOwnGroup(actor, stored.row.groupId) ? stored.row : null);

const ofOwnGroupsDistribution: PullRule = async (actor, stored, lookup) => {
  const distribution = await lookup.getRow('distributions', String(stored.row.distributionId));
  return distribution && isOwnGroup(actor, distribution.row.groupId) ? stored.row : null;
};

const ANIMATOR_PULL: Partial<Record<TableName, PullRule>> = {
  areas: whole,
  producers: whole,
  groups: whole,
  events: whole,
  offers: whole,
  members: async (actor, stored, lookup) =>
    (await isMemberInScope(actor, stored, lookup)) || (await contractHoldersOfGroups(actor, lookup)).has(stored.row.id) ? stored.row : null,
  groupMembers: ofOwnGroup,
  contracts: ofOwnGroup,
  distributions: ofOwnGroup,
  absences: ofOwnGroupsDistribution,
  pickups: ofOwnGroupsDistribution,
  volunteers: ofOwnGroupsDistribution,
  // The programme's directories; an animator changes none of them.
  partners: whole,
  initiatives: whole,
  outlets: whole,
  // Who came to their own events, so that every phone of theirs shows the same attendance.
  attendance: async (actor, stored, lookup) =>
    (await lookup.getRow('events', String(stored.row.eventId)))?.ownerId === actor.userId ? stored.row : null,
};

// ---------------------------------------------------------------------------------------------------- producers

/** What a producer's device holds of a member: enough to hand a basket over (first name, initial), nothing else. */
export const PRODUCER_MEMBER_FIELDS = ['firstName', 'lastName'] as const;
const PRODUCER_ABSENCE_FIELDS = ['distributionId', 'memberId', 'proxyName'] as const;

function initialOnly(row: SyncedRow): SyncedRow {
  const projected = pick(row, PRODUCER_MEMBER_FIELDS);
  const initial = [...String(row.lastName ?? '')][0];
  projected.lastName = initial === undefined ? '' : `${initial}.`;
  return projected;
}

/**
 * A name typed in one field (a proxy, whoever collected) cut as a member's is: "Claire Potiron" → "Claire P.", the
 * last word's initial (the family name, past any "de"). An empty name stays empty: it means "no proxy".
 */
function freeNameInitialOnly(name: unknown): string {
  const words = String(name ?? '')
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const [first, ...rest] = words;
  const initial = [...(rest.at(-1) ?? '')][0];
  return initial === undefined ? (first ?? '') : `${first} ${initial.toUpperCase()}.`;
}

/** A row with one free-text name cut to a first name and an initial; its clock is kept, the value only is cut. */
function withNameCut(row: SyncedRow, field: string): SyncedRow {
  return field in row ? { ...row, [field]: freeNameInitialOnly(row[field]) } : row;
}

const isOwnProducer = (actor: Actor, producerId: unknown) => actor.producerId !== null && producerId === actor.producerId;

/** The producer's live contracts: who it delivers to, and in which groups. */
async function ownContracts(actor: Actor, lookup: RowLookup): Promise<StoredRow[]> {
  return actor.producerId === null ? [] : lookup.findRows('contracts', 'producerId', actor.producerId);
}

async function hasOwnContract(actor: Actor, lookup: RowLookup, where: (contract: SyncedRow) => boolean): Promise<boolean> {
  return (await ownContracts(actor, lookup)).some((contract) => where(contract.row));
}

/** An offer stays its producer's: the row as it stands and as the arguments would leave it must both be theirs. */
const ownOffer: PushRule = async (actor, args, lookup) => {
  const existing = args.id === undefined ? undefined : await lookup.getRow('offers', args.id);
  const target = args.patch ? args.patch.producerId : args.producerId;
  return (
    (!existing || isOwnProducer(actor, existing.row.producerId)) &&
    (target === undefined ? existing !== undefined : isOwnProducer(actor, target))
  );
};

const PRODUCER_PUSH: Partial<Record<MutationName, PushRule>> = {
  'producer.update': async (actor, args) => isOwnProducer(actor, args.id),
  'offer.create': ownOffer,
  'offer.update': ownOffer,
  'offer.delete': ownOffer,
  // Its own baskets only: the contract decides whose basket it is.
  'pickup.record': async (actor, args, lookup) => {
    const contract = args.contractId === undefined ? undefined : await lookup.getRow('contracts', args.contractId);
    return contract !== undefined && isOwnProducer(actor, contract.row.producerId);
  },
};

const ownRow: PullRule = async (actor, stored) => (isOwnProducer(actor, stored.row.producerId) ? stored.row : null);

const PRODUCER_PULL: Partial<Record<TableName, PullRule>> = {
  areas: whole,
  producers: whole,
  groups: whole,
  offers: ownRow,
  contracts: ownRow,
  // Who collected in the member's stead is named as the member is.
  pickups: async (actor, stored) => (isOwnProducer(actor, stored.row.producerId) ? withNameCut(stored.row, 'collectedBy') : null),
  // Every distribution: a calendar holds no personal data, and a producer whose first contract in a group comes
  // after that group's calendar was made would otherwise never receive it (its cursor has passed those rows).
  distributions: whole,
  // The proxy's name is needed to hand the basket over (as a member's: first name, initial); the member's note is not.
  absences: async (actor, stored, lookup) => {
    const distribution = await lookup.getRow('distributions', String(stored.row.distributionId));
    const delivered = await hasOwnContract(
      actor,
      lookup,
      (c) => c.memberId === stored.row.memberId && c.groupId === distribution?.row.groupId,
    );
    return delivered ? withNameCut(pick(stored.row, PRODUCER_ABSENCE_FIELDS), 'proxyName') : null;
  },
  members: async (actor, stored, lookup) =>
    (await hasOwnContract(actor, lookup, (contract) => contract.memberId === stored.row.id)) ? initialOnly(stored.row) : null,
};

// ---------------------------------------------------------------------------------------------------- policies

function rolePolicy(push: Partial<Record<MutationName, PushRule>>, pull: Partial<Record<TableName, PullRule>>): AccessPolicy {
  return {
    async authorize(actor, name, args, lookup) {
      const rule = push[name];
      if (!rule || !(await rule(actor, args as ScopedArgs, lookup))) throw forbidden();
    },
    seesWhole: (_actor, table) => pull[table] === whole,
    async project(actor, stored, lookup) {
      const rule = pull[stored.table];
      return rule ? rule(actor, stored, lookup) : null;
    },
  };
}

const animatorAccess = rolePolicy(ANIMATOR_PUSH, ANIMATOR_PULL);
const producerAccess = rolePolicy(PRODUCER_PUSH, PRODUCER_PULL);

export function accessFor(actor: Actor): AccessPolicy {
  switch (actor.role) {
    case 'coordinator':
      return fullAccess;
    case 'animator':
      return animatorAccess;
    case 'producer':
      return producerAccess;
  }
}
