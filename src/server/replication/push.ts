/**
 * Applying a client's push: its mutations in order, in one transaction, with the client's last applied mutation
 * id stored in that same transaction. A resend is answered from the record; a gap stops the batch; a mutation that
 * can never apply is recorded as rejected and does not block those after it.
 */
import { MutationRejected, parseOrReject, type FieldIssue, type PlanContext } from '../../domain/mutations/define';
import { isMutationName, mutations } from '../../domain/mutations/registry';
import { mergeWrite } from '../../domain/rows/merge';
import type { MutationOutcome, OutgoingMutation, PushRequest, PushResponse } from '../../sync/protocol';
import type { WriteTx, SyncStore } from '../store/store';
import { forbidden, type AccessPolicy } from './access-policy';
import type { Actor } from './actor';
import type { ServerClock } from './server-clock';

export interface PushDeps {
  store: SyncStore;
  access: AccessPolicy;
  clock: ServerClock;
  now?: () => number;
}

async function applyOne(tx: WriteTx, actor: Actor, mutation: OutgoingMutation, deps: PushDeps): Promise<void> {
  if (!isMutationName(mutation.name)) {
    throw new MutationRejected('unknownMutation', [{ path: '', message: 'validation.unknownMutation' }]);
  }
  // The role first: arguments a role may never send are not worth reading, nor their issues worth storing.
  if (!deps.access.runs(actor, mutation.name)) throw forbidden();
  const def = mutations[mutation.name];
  const args: unknown = parseOrReject(def.args, mutation.args);
  await deps.access.authorize(actor, mutation.name, args, tx);
  const hlc = deps.clock.accept(mutation.hlc);
  const ctx: PlanContext = { read: { get: async (table, id) => (await tx.getRow(table, id))?.row } };
  // Each definition's plan accepts the output of its own schema, which `args` is.
  const writes = await (def.plan as (a: unknown, c: PlanContext) => ReturnType<typeof def.plan>)(args, ctx);
  for (const write of writes) {
    const existing = await tx.getRow(write.table, write.id);
    const merged = mergeWrite(existing?.row, write, hlc);
    if (!merged) continue;
    await tx.putRow(write.table, merged, existing?.ownerId ?? actor.userId);
    if (BRINGS_MEMBER_INTO_SCOPE.has(write.table)) await touchMember(tx, merged.memberId);
    if (write.table === 'events' && existing && existing.row.groupId !== merged.groupId) await touchSignedUpAt(tx, merged.id);
  }
}

/**
 * A group link or a contract can bring an older member row into an account's scope (an animator's group, a
 * producer's customers); pulls read rows after their cursor only, so the member row is given a new version to be
 * read again, projected as each account may now see it.
 */
const BRINGS_MEMBER_INTO_SCOPE: ReadonlySet<string> = new Set(['groupMembers', 'contracts']);

async function touchMember(tx: WriteTx, memberId: unknown): Promise<void> {
  const member = typeof memberId === 'string' ? await tx.getRow('members', memberId) : undefined;
  if (member) await tx.putRow('members', member.row, member.ownerId);
}

/**
 * Issues a whole push may return and store: past them, a rejection says only that the mutation is not valid, so that
 * a push of a thousand bad mutations costs no more to answer and keep than a few.
 */
/** An event shared with a group (or no longer): the people signed up there are read again by its animators' pulls. */
async function touchSignedUpAt(tx: WriteTx, eventId: string): Promise<void> {
  for (const member of await tx.findRows('members', 'signupEventId', eventId)) await tx.putRow('members', member.row, member.ownerId);
}

export const MAX_PUSH_ISSUES = 200;

function withinBudget(issues: readonly FieldIssue[], budget: number): FieldIssue[] {
  return budget >= issues.length ? [...issues] : [{ path: '', message: 'validation.invalid' }];
}

export async function applyPush(actor: Actor, request: PushRequest, deps: PushDeps): Promise<PushResponse> {
  const now = deps.now ?? Date.now;
  return deps.store.write(async (tx) => {
    let last = await tx.lastMutationId(request.clientId);
    const outcomes: MutationOutcome[] = [];
    let issueBudget = MAX_PUSH_ISSUES;
    for (const mutation of request.mutations) {
      if (mutation.mutationId <= last) {
        const earlier = await tx.rejection(request.clientId, mutation.mutationId);
        outcomes.push(
          earlier
            ? { mutationId: mutation.mutationId, status: 'rejected', code: earlier.code, issues: earlier.issues }
            : { mutationId: mutation.mutationId, status: 'applied' },
        );
        continue;
      }
      // A gap means an earlier mutation never arrived: applying later ones would reorder this device's history.
      if (mutation.mutationId !== last + 1) break;
      try {
        await applyOne(tx, actor, mutation, deps);
        outcomes.push({ mutationId: mutation.mutationId, status: 'applied' });
      } catch (error) {
        if (!(error instanceof MutationRejected)) throw error;
        const issues = withinBudget(error.issues, issueBudget);
        issueBudget -= issues.length;
        await tx.recordRejection(request.clientId, mutation.mutationId, { name: mutation.name, code: error.code, issues });
        outcomes.push({ mutationId: mutation.mutationId, status: 'rejected', code: error.code, issues });
      }
      last = mutation.mutationId;
    }
    await tx.setLastMutationId(request.clientId, actor.userId, last);
    return { lastMutationId: last, outcomes, serverTime: now(), epoch: deps.store.epoch };
  });
}
