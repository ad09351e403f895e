/** Signing this phone in and out. Signing in needs the network; signing out always works and keeps every change. */
import { signIn as signInDevice, signOut as signOutDevice } from '../../sync/app-account';
import { SyncFailure } from '../../sync/sync-failure';
import { useLastUser } from './last-user-store';
import { useSyncStore } from './sync-store';

import type { SessionUserRecord } from '../../db/session';

export type SignInResult = { ok: true; role: SessionUserRecord['role'] } | { ok: false; error: string };

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
      const user = await signInDevice(runtime.transport, { login: loginName, password });
      remember(user);
      void syncNow();
      return { ok: true, role: user.role };
    } catch (error) {
      return { ok: false, error: loginError(error) };
    }
  };

  const signOut = (): Promise<void> => signOutDevice(runtime && navigator.onLine ? runtime.transport : null);

  return { signIn, signOut };
}
