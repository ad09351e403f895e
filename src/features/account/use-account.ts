/** Signing this phone in and out. Signing in needs the network; signing out always works and keeps every change. */
import { db } from '../../db/database';
import { getDevice } from '../../db/device';
import { clearSession, getSession, saveSession } from '../../db/session';
import { login, logout } from '../../sync/auth-client';
import { SyncFailure } from '../../sync/sync-failure';
import { useLastUser } from './last-user-store';
import { useSyncStore } from './sync-store';

export type SignInResult = { ok: true } | { ok: false; error: string };

/** Refusals of a login, in words the person at the form can act on. */
function loginError(error: unknown): string {
  if (!(error instanceof SyncFailure)) return 'sync.errors.unexpected';
  if (error.key === 'sync.errors.unauthenticated') return 'sync.login.wrongCredentials';
  if (error.key === 'sync.errors.network') return 'sync.login.offline';
  return error.key;
}

export function useAccount() {
  const runtime = useSyncStore((store) => store.runtime);
  const syncNow = useSyncStore((store) => store.syncNow);
  const remember = useLastUser((store) => store.remember);

  const signIn = async (loginName: string, password: string): Promise<SignInResult> => {
    if (!runtime) return { ok: false, error: 'sync.login.offline' };
    try {
      const device = await getDevice(db);
      const response = await login(runtime.transport, {
        login: loginName,
        password,
        clientId: device.clientId,
        deviceName: device.deviceName,
      });
      await saveSession(db, response, new Date().toISOString());
      remember(response.user);
      void syncNow();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: loginError(error) };
    }
  };

  const signOut = async (): Promise<void> => {
    const session = await getSession(db);
    if (session && runtime && navigator.onLine) {
      // Telling the server is a courtesy that frees the session; offline or refused, the phone signs out anyway.
      await logout(runtime.transport, session.token).catch(() => undefined);
    }
    await clearSession(db);
  };

  return { signIn, signOut };
}
