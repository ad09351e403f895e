/** Shared set-up of the sync screens' tests: a clean app db and sync stores, a signed-in session, a fake runtime. */
import { vi } from 'vitest';
import { db } from '../../../../src/db/database';
import { saveSession } from '../../../../src/db/session';
import { useLastUser } from '../../../../src/features/account/last-user-store';
import { useSyncStore } from '../../../../src/features/account/sync-store';
import type { Transport } from '../../../../src/sync/transport';
import { resetAppDb } from '../../../helpers/app-db';
import { fakeTransport, type FakeRoute } from '../../../helpers/fake-fetch';

export const coordinator = { id: 'u1', login: 'marie', name: 'Marie Curie', role: 'coordinator' as const };
export const animator = { id: 'u2', login: 'paul', name: 'Paul Durand', role: 'animator' as const };

export async function resetSync(): Promise<void> {
  await resetAppDb();
  useSyncStore.setState({ runtime: null, syncing: false });
  useLastUser.setState({ lastUser: null });
}

export async function signIn(user: typeof coordinator | typeof animator = coordinator): Promise<void> {
  await saveSession(db, { token: 'tok', sessionId: 'session-here', user }, new Date().toISOString());
}

export function installRuntime(routes: Record<string, FakeRoute> = {}) {
  const { transport, requests } = fakeTransport(routes);
  const syncNow = vi.fn(async () => null);
  useSyncStore.getState().setRuntime({ syncNow, transport: transport as Transport });
  return { syncNow, requests };
}
