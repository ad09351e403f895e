/**
 * What each role may push and pull. Coordinators see and change everything. Animators sign people up, run their
 * events and the members of their groups and events. Producers edit their own producer row and read the directory.
 * A table a role is not told about here is neither pushed nor pulled by it: new tables start closed.
 */
import { MutationRejected } from '../../domain/mutations/define';
import type { MutationName } from '../../domain/mutations/registry';
import type { TableName } from '../../domain/rows';
import type { RowLookup, StoredRow } from '../store/store';
import { fullAccess, type AccessPolicy } from './access-policy';
import type { Actor } from './actor';

/** The shared directory: every account may read it to find its way around the territory. */
const ANIMATOR_DIRECTORY: ReadonlySet<TableName> = new Set(['areas', 'producers', 'groups', 'events']);
const PRODUCER_DIRECTORY: ReadonlySet<TableName> = new Set(['areas', 'producers', 'groups']);

/** The fields of a mutation's (already validated) arguments that access depends on. */
interface ScopedArgs {
  id?: string;
  groupId?: string;
  memberId?: string;
  keepId?: string;
  mergeId?: string;
}

function forbidden(): MutationRejected {
  return new MutationRejected('forbidden', [{ path: '', message: 'validation.forbidden' }]);
}

/** Members an animator answers for: those they signed up, those signed up at their events, those in their groups. */
export async function isMemberInScope(actor: Actor, member: StoredRow, lookup: RowLookup): Promise<boolean> {
  if (member.ownerId === actor.userId) return true;
  const eventId = member.row.signupEventId;
  if (typeof eventId === 'string' && (await lookup.getRow('events', eventId))?.ownerId === actor.userId) return true;
  if (actor.groupIds.length === 0) return false;
  const links = await lookup.findRows('groupMembers', 'memberId', member.row.id);
  return links.some((link) => actor.groupIds.includes(String(link.row.groupId)));
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

async function animatorMay(actor: Actor, name: MutationName, args: ScopedArgs, lookup: RowLookup): Promise<boolean> {
  const ownGroup = args.groupId !== undefined && actor.groupIds.includes(args.groupId);
  switch (name) {
    // A sign-up may not reuse the id of someone else's member to overwrite them.
    case 'member.signUp':
    case 'member.update':
    case 'member.delete':
      return memberAllowed(actor, args.id, lookup);
    // Both people must be theirs: a merge rewrites the kept member and tombstones the other.
    case 'member.merge':
      return (await memberAllowed(actor, args.keepId, lookup)) && (await memberAllowed(actor, args.mergeId, lookup));
    case 'event.create':
    case 'event.update':
      return ownEventOrNew(actor, args.id, lookup);
    case 'groupMember.add':
      return ownGroup && (await memberAllowed(actor, args.memberId, lookup));
    case 'groupMember.remove':
      return ownGroup;
    default:
      return false;
  }
}

const animatorAccess: AccessPolicy = {
  async authorize(actor, name, args, lookup) {
    if (!(await animatorMay(actor, name, args as ScopedArgs, lookup))) throw forbidden();
  },
  async project(actor, stored, lookup) {
    if (ANIMATOR_DIRECTORY.has(stored.table)) return stored.row;
    if (stored.table === 'members') return (await isMemberInScope(actor, stored, lookup)) ? stored.row : null;
    if (stored.table === 'groupMembers') return actor.groupIds.includes(String(stored.row.groupId)) ? stored.row : null;
    return null;
  },
};

const producerAccess: AccessPolicy = {
  async authorize(actor, name, args) {
    const own = actor.producerId !== null && (args as ScopedArgs).id === actor.producerId;
    if (!(name === 'producer.update' && own)) throw forbidden();
  },
  async project(_actor, stored) {
    return PRODUCER_DIRECTORY.has(stored.table) ? stored.row : null;
  },
};

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
