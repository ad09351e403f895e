/**
 * Who may run each mutation, one row per mutation of the registry: the arguments that name a row (and which table
 * they name), the roles that may run it, and for each of those roles the scope a named row must be in. A role not
 * in a row may not run that mutation, whatever its arguments; a row named by an argument a role's entry does not
 * list must be one the role reads (READ_ACCESS): an animator's contract names one of the members on their lists.
 */
import type { MutationName } from '../mutations/registry';
import { OPTIONAL_REFS } from '../rows/optional-refs';
import type { TableName } from '../rows/rows';
import type { Role } from './account';
import type { ScopeName } from './scopes';

/** An argument that names a row: its table (which may depend on the other arguments), and whether it is the new row's id. */
export interface RowRef {
  table: TableName | ((args: Readonly<Record<string, unknown>>) => TableName);
  /** The id of the row the mutation makes: no row there is what the mutation expects, not an unknown row. */
  creates?: true;
  /** A reference the row can do without (OPTIONAL_REFS): the plan drops it when its row is gone or unknown. */
  optional?: true;
}

export interface MutationAccess {
  /** Every argument that names a row, by its path in the arguments ("patch.groupId"); a list names each of its ids. */
  refs: Readonly<Record<string, RowRef>>;
  /** The roles that may run it, each with the scope its named rows must be in, by argument path. */
  roles: Partial<Record<Role, Readonly<Record<string, ScopeName>>>>;
}

const ref = (table: TableName): RowRef => ({ table });

/** The references of an entity's create, edit and delete: its id, and its optional references (OPTIONAL_REFS). */
function entityRefs(table: TableName, more: Readonly<Record<string, TableName>> = {}) {
  const named: [string, RowRef][] = [
    ...(OPTIONAL_REFS[table] ?? []).map(([field, target]): [string, RowRef] => [field, { table: target, optional: true }]),
    ...Object.entries(more).map(([field, target]): [string, RowRef] => [field, ref(target)]),
  ];
  const fields = (prefix: string) => Object.fromEntries(named.map(([field, rowRef]) => [`${prefix}${field}`, rowRef]));
  return {
    create: { id: { table, creates: true }, ...fields('') } satisfies Record<string, RowRef>,
    update: { id: ref(table), ...fields('patch.') },
    delete: { id: ref(table) },
  };
}

const COORDINATOR_ONLY = { coordinator: {} };

/** An entity only coordinators change. */
function coordinatorsEntity(table: TableName): Record<'create' | 'update' | 'delete', MutationAccess> {
  const refs = entityRefs(table);
  return {
    create: { refs: refs.create, roles: COORDINATOR_ONLY },
    update: { refs: refs.update, roles: COORDINATOR_ONLY },
    delete: { refs: refs.delete, roles: COORDINATOR_ONLY },
  };
}

const areas = coordinatorsEntity('areas');
const groups = coordinatorsEntity('groups');
const partners = coordinatorsEntity('partners');
const initiatives = coordinatorsEntity('initiatives');
const outlets = coordinatorsEntity('outlets');
const producerRefs = entityRefs('producers');
const eventRefs = entityRefs('events', { partnerIds: 'partners' });
const memberRefs = entityRefs('members');
const offerRefs = entityRefs('offers', { producerId: 'producers' });
const contractRefs = entityRefs('contracts', { memberId: 'members', groupId: 'groups', offerId: 'offers' });
const distributionRefs = entityRefs('distributions', { groupId: 'groups' });

/** A role's scopes for the arguments these references have (a create names a group, an edit may move the row to one). */
function scopesOf(refs: Readonly<Record<string, RowRef>>, scopes: Readonly<Record<string, ScopeName>>): Record<string, ScopeName> {
  return Object.fromEntries(Object.entries(scopes).filter(([path]) => path in refs));
}

/** A mutation about one member at one distribution: the distribution is of the animator's groups. */
const atDistribution: MutationAccess = {
  refs: { distributionId: ref('distributions'), memberId: ref('members') },
  roles: { coordinator: {}, animator: { distributionId: 'inTheirGroups' } },
};

/** A row scoped by its group: the row as it stands and the group the arguments would move it to are the animator's. */
const inTheirGroups = (refs: Readonly<Record<string, RowRef>>): MutationAccess => ({
  refs,
  roles: { coordinator: {}, animator: scopesOf(refs, { id: 'inTheirGroups', groupId: 'theirGroup', 'patch.groupId': 'theirGroup' }) },
});

/** An offer stays its producer's: the offer as it stands and the producer the arguments name are theirs. */
const theirOffer = (refs: Readonly<Record<string, RowRef>>): MutationAccess => ({
  refs,
  roles: {
    coordinator: {},
    producer: scopesOf(refs, { id: 'theirProducts', producerId: 'theirProducer', 'patch.producerId': 'theirProducer' }),
  },
});

export const MUTATION_ACCESS: Readonly<Record<MutationName, MutationAccess>> = {
  'area.create': areas.create,
  'area.update': areas.update,
  'area.delete': areas.delete,
  'producer.create': { refs: producerRefs.create, roles: COORDINATOR_ONLY },
  'producer.update': { refs: producerRefs.update, roles: { coordinator: {}, producer: { id: 'theirProducer' } } },
  'producer.delete': { refs: producerRefs.delete, roles: COORDINATOR_ONLY },
  'group.create': groups.create,
  'group.update': groups.update,
  'group.delete': groups.delete,
  // An animator may not take another account's event id, for a new event as for an edit, and shares an event only
  // with a group it animates.
  'event.create': { refs: eventRefs.create, roles: { coordinator: {}, animator: { id: 'theirEvent', groupId: 'theirGroup' } } },
  'event.update': {
    refs: eventRefs.update,
    roles: { coordinator: {}, animator: { id: 'theirEvent', 'patch.groupId': 'theirGroup' } },
  },
  'event.delete': { refs: eventRefs.delete, roles: COORDINATOR_ONLY },
  // A sign-up may not reuse the id of someone else's member to overwrite them.
  'member.signUp': { refs: memberRefs.create, roles: { coordinator: {}, animator: { id: 'theirMember' } } },
  'member.update': { refs: memberRefs.update, roles: { coordinator: {}, animator: { id: 'theirMember' } } },
  'member.delete': { refs: memberRefs.delete, roles: { coordinator: {}, animator: { id: 'theirMember' } } },
  // Both people must be theirs: a merge rewrites the kept member and tombstones the other.
  'member.merge': {
    refs: { keepId: ref('members'), mergeId: ref('members'), groupIds: ref('groups') },
    roles: { coordinator: {}, animator: { keepId: 'theirMember', mergeId: 'theirMember' } },
  },
  // Undoing a merge: the same people as the merge, the merged one found by its tombstone.
  'member.unmerge': {
    refs: { keepId: ref('members'), mergeId: ref('members'), groupIds: ref('groups') },
    roles: { coordinator: {}, animator: { keepId: 'theirMember', mergeId: 'theirMember' } },
  },
  'groupMember.add': {
    refs: { groupId: ref('groups'), memberId: ref('members') },
    roles: { coordinator: {}, animator: { groupId: 'theirGroup', memberId: 'theirMember' } },
  },
  'groupMember.remove': {
    refs: { groupId: ref('groups'), memberId: ref('members') },
    roles: { coordinator: {}, animator: { groupId: 'theirGroup' } },
  },
  'offer.create': theirOffer(offerRefs.create),
  'offer.update': theirOffer(offerRefs.update),
  'offer.delete': theirOffer(offerRefs.delete),
  'contract.create': inTheirGroups(contractRefs.create),
  'contract.update': inTheirGroups(contractRefs.update),
  'contract.delete': inTheirGroups(contractRefs.delete),
  'distribution.create': inTheirGroups(distributionRefs.create),
  'distribution.update': inTheirGroups(distributionRefs.update),
  'distribution.delete': inTheirGroups(distributionRefs.delete),
  // Whoever holds the whole day numbers it: a producer holds only its own baskets, and numbering those would give
  // the other producers' numbers away.
  'distribution.numberBaskets': {
    refs: { distributionId: ref('distributions'), contractIds: ref('contracts') },
    roles: { coordinator: {}, animator: { distributionId: 'inTheirGroups', contractIds: 'inTheirGroups' } },
  },
  'absence.declare': atDistribution,
  'absence.cancel': atDistribution,
  // A producer ticks its own baskets only: the contract says whose basket it is.
  'pickup.record': {
    refs: { distributionId: ref('distributions'), contractId: ref('contracts') },
    roles: { coordinator: {}, animator: { distributionId: 'inTheirGroups' }, producer: { contractId: 'theirProducts' } },
  },
  'volunteer.take': atDistribution,
  'volunteer.release': atDistribution,
  'partner.create': partners.create,
  'partner.update': partners.update,
  'partner.delete': partners.delete,
  'initiative.create': initiatives.create,
  'initiative.update': initiatives.update,
  'initiative.delete': initiatives.delete,
  'outlet.create': outlets.create,
  'outlet.update': outlets.update,
  'outlet.delete': outlets.delete,
  // Attendance at their own events only; a member marked present must be one of theirs, like a group link.
  'attendance.record': {
    refs: {
      eventId: ref('events'),
      attendeeId: { table: (args) => (args.attendeeKind === 'member' ? 'members' : 'producers') },
    },
    roles: { coordinator: {}, animator: { eventId: 'theirEvent', attendeeId: 'theirMember' } },
  },
  // Payments. The plan is the coordinators' (the treasurer's); whoever runs a group's distribution records what
  // members hand over there and gives the cheques to their producer; a producer says what they received and cashed.
  'payment.planSet': { refs: { contractId: ref('contracts') }, roles: COORDINATOR_ONLY },
  'payment.receive': { refs: { contractId: ref('contracts') }, roles: { coordinator: {}, animator: { contractId: 'inTheirGroups' } } },
  'payment.handOver': {
    refs: { contractId: ref('contracts'), distributionId: ref('distributions') },
    roles: { coordinator: {}, animator: { contractId: 'inTheirGroups', distributionId: 'inTheirGroups' } },
  },
  'payment.confirmHanded': {
    refs: { contractId: ref('contracts') },
    roles: { coordinator: {}, producer: { contractId: 'theirProducts' } },
  },
  'payment.cash': { refs: { contractId: ref('contracts') }, roles: { coordinator: {}, producer: { contractId: 'theirProducts' } } },
  'membershipFee.set': {
    refs: { groupId: ref('groups'), memberId: ref('members') },
    roles: { coordinator: {}, animator: { groupId: 'theirGroup' } },
  },
  // The example territory, loaded and removed whole: its rows are named by the thousand, by the dataset itself.
  'demo.load': { refs: {}, roles: COORDINATOR_ONLY },
  'demo.clear': { refs: {}, roles: COORDINATOR_ONLY },
};
