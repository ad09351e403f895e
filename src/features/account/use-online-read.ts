/**
 * What a coordinator's screen reads from the server only (accounts, signed-in phones): the reading's state, and the
 * actions on it, each followed by a new reading so the screen shows what the server holds.
 */
import { useCallback, useEffect, useState } from 'react';
import { SyncFailure } from '../../sync/sync-failure';
import type { Transport } from '../../sync/transport';
import type { SubmitResult } from '../../ui/use-form-errors';
import { useSyncStore } from './sync-store';

export type OnlineRead<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: string };

export type ServerCall<T> = (transport: Transport, token: string) => Promise<T>;

const keyOf = (error: unknown) => (error instanceof SyncFailure ? error.key : 'sync.errors.unexpected');

/** `read` must keep its identity between renders (a module function, or one kept with useCallback). */
export function useOnlineRead<T>(token: string | null, read: ServerCall<T>) {
  const transport = useSyncStore((store) => store.runtime?.transport ?? null);
  const [state, setState] = useState<OnlineRead<T>>({ status: 'loading' });

  const load = useCallback(async () => {
    if (!transport || !token) return;
    try {
      setState({ status: 'ready', data: await read(transport, token) });
    } catch (error) {
      setState({ status: 'error', error: keyOf(error) });
    }
  }, [transport, token, read]);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (action: ServerCall<unknown>): Promise<SubmitResult> => {
    if (!transport || !token) return { ok: false, issues: [{ path: '', message: 'sync.errors.notSignedIn' }] };
    try {
      await action(transport, token);
      await load();
      return { ok: true };
    } catch (error) {
      return { ok: false, issues: [{ path: '', message: keyOf(error) }] };
    }
  };

  return { state, load, act };
}
