/** Signing this phone in and out. Signing in needs the network; signing out always works and keeps every change. */
import { signIn as signInDevice, signOut as signOutDevice } from '../../sync/app-account';
import { SyncFailure } from '../../sync/sync-failure';
import { useLastUser } from './last-user-store';
import { useSyncStore, type SyncRuntime } from './sync-store';

import type { SessionUserRecord } from '../../db/session';

export type SignInResult = { ok: true; role: SessionUserRecord['role'] } | { ok: false; error: string };

/** Refusals of a login, in words the person at the form can act on. */
function loginError(error: unknown): string {
  if (!(error instanceof SyncFailure)) return 'sync.errors.unexpected';
  if (error.key === 'sync.errors.unauthenticated') return 'sync.login.wrongCredentials';
  if (error.key === 'sync.errors.network') return 'sync.login.offline';
  return error.key;
}

/** How long a sign-in waits for the app's sync to start (it starts once the first screen is shown). */
const RUNTIME_WAIT_MS = 10_000;

/**
 * The sync runtime, waited for when the form is used before it has started: a quick tap right after opening the
 * app must not read « La connexion nécessite le réseau ».
 */
function startedRuntime(): Promise<SyncRuntime | null> {
  const current = useSyncStore.getState().runtime;
  if (current) return Promise.resolve(current);
  return new Promise((resolve) => {
    const done = (runtime: SyncRuntime | null) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(runtime);
    };
    const timer = setTimeout(() => done(null), RUNTIME_WAIT_MS);
    const unsubscribe = useSyncStore.subscribe((state) => {
      if (state.runtime) done(state.runtime);
    });
  });
}

export function useAccount() {
  const runtime = useSyncStore((store) => store.runtime);
  const syncNow = useSyncStore((store) => store.syncNow);
  const remember = useLastUser((store) => store.remember);

  const signIn = async (loginName: string, password: string): Promise<SignInResult> => {
    const started = await startedRuntime();
    if (!started) return { ok: false, error: 'sync.login.offline' };
    try {
      const user = await signInDevice(started.transport, { login: loginName, password });
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
