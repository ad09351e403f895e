/**
 * This device's account session and the refusals it has to show: the local writes of signing in and out and of
 * acknowledging a refused change. Signing out never touches local data or the outbox: nothing typed is lost.
 */
import type { CourtCircuitDb, RejectedRecord, SessionRecord } from './database';
import { readSyncState } from './sync-state';

export type SessionUserRecord = SessionRecord['user'];

export async function getSession(db: CourtCircuitDb): Promise<SessionRecord | null> {
  return (await db.session.get('session')) ?? null;
}

/**
 * Stores a new session. The pull starts again from the beginning because another account may see other rows;
 * a block that a new session cures (revoked, expired) is lifted, an outdated app stays blocked.
 */
export async function saveSession(
  db: CourtCircuitDb,
  session: { token: string; sessionId: string; user: SessionUserRecord },
  signedInAt: string,
): Promise<void> {
  await db.transaction('rw', db.session, db.syncState, async () => {
    await db.session.put({ key: 'session', ...session, signedInAt });
    const state = await readSyncState(db);
    const cured = state.blocked === 'sessionRevoked' || state.blocked === 'sessionExpired';
    await db.syncState.put({
      ...state,
      cursor: 0,
      progress: null,
      blocked: cured ? null : state.blocked,
      lastError: cured ? null : state.lastError,
    });
  });
}

/** The account has chosen its own password: the app stops asking for it. */
export async function markPasswordChanged(db: CourtCircuitDb): Promise<void> {
  await db.transaction('rw', db.session, async () => {
    const session = await db.session.get('session');
    if (session) await db.session.put({ ...session, user: { ...session.user, mustChangePassword: false } });
  });
}

export async function clearSession(db: CourtCircuitDb): Promise<void> {
  await db.session.delete('session');
}

/** Refused changes, the most recent first. */
export async function listRejected(db: CourtCircuitDb): Promise<RejectedRecord[]> {
  return (await db.rejected.toArray()).sort((a, b) => b.rejectedAt.localeCompare(a.rejectedAt) || b.mutationId - a.mutationId);
}

/** Whose basket a refused check-off was about, and on which day. */
export interface RefusedBasket {
  firstName: string;
  lastName: string;
  date: string;
}

const idArg = (args: unknown, key: string): string | null => {
  const value = typeof args === 'object' && args !== null ? (args as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : null;
};

/**
 * The member and day of each refused check-off, by mutation id, as far as this device knows them. Deleted rows are
 * read too: a check-off is refused mostly because its contract or distribution was deleted meanwhile.
 */
export async function readRefusedBaskets(db: CourtCircuitDb, rejected: readonly RejectedRecord[]): Promise<Map<number, RefusedBasket>> {
  const baskets = new Map<number, RefusedBasket>();
  for (const entry of rejected) {
    if (entry.name !== 'pickup.record') continue;
    const contractId = idArg(entry.args, 'contractId');
    const distributionId = idArg(entry.args, 'distributionId');
    const contract = contractId === null ? undefined : await db.contracts.get(contractId);
    const member = contract ? await db.members.get(contract.memberId) : undefined;
    const distribution = distributionId === null ? undefined : await db.distributions.get(distributionId);
    if (member && distribution)
      baskets.set(entry.mutationId, { firstName: member.firstName, lastName: member.lastName, date: distribution.date });
  }
  return baskets;
}

export async function countRejected(db: CourtCircuitDb): Promise<number> {
  return db.rejected.count();
}

/** The user has read why this change was refused. */
export async function dismissRejected(db: CourtCircuitDb, mutationId: number): Promise<void> {
  await db.rejected.delete(mutationId);
}
