/** The session a device keeps once someone signed in: what screens read the account's role from, offline. */
import { db } from '../../src/db/database';

export async function signInAsProducer(producerId = 'producer'): Promise<void> {
  await db.session.put({
    key: 'session',
    token: 'token',
    sessionId: 'session',
    user: { id: 'user', login: 'ferme', name: 'Ferme du Clain', role: 'producer', producerId },
    signedInAt: '2026-04-01T08:00:00.000Z',
  });
}

export async function signInAsCoordinator(): Promise<void> {
  await db.session.put({
    key: 'session',
    token: 'token',
    sessionId: 'session',
    user: { id: 'coordinator', login: 'coordination', name: 'Coordination', role: 'coordinator' },
    signedInAt: '2026-04-01T08:00:00.000Z',
  });
}

export async function signInAsAnimator(groupIds: string[]): Promise<void> {
  await db.session.put({
    key: 'session',
    token: 'token',
    sessionId: 'session',
    user: { id: 'animator', login: 'camille', name: 'Camille', role: 'animator', groupIds, producerId: null },
    signedInAt: '2026-04-01T08:00:00.000Z',
  });
}
