/** The coordinator's list of signed-in phones, fetched from the server, and revoking one. */
import { useCallback, useEffect, useState } from 'react';
import { listDevices, revokeDevice, type DeviceSession } from '../../sync/auth-client';
import { SyncFailure } from '../../sync/sync-failure';
import type { SubmitResult } from '../../ui/use-form-errors';
import { useSyncStore } from './sync-store';

export type DevicesState = { status: 'loading' } | { status: 'ready'; devices: DeviceSession[] } | { status: 'error'; error: string };

const keyOf = (error: unknown) => (error instanceof SyncFailure ? error.key : 'sync.errors.unexpected');

export function useDevices(token: string | null) {
  const transport = useSyncStore((store) => store.runtime?.transport ?? null);
  const [state, setState] = useState<DevicesState>({ status: 'loading' });

  const load = useCallback(async () => {
    if (!transport || !token) return;
    try {
      setState({ status: 'ready', devices: await listDevices(transport, token) });
    } catch (error) {
      setState({ status: 'error', error: keyOf(error) });
    }
  }, [transport, token]);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (sessionId: string): Promise<SubmitResult> => {
    if (!transport || !token) return { ok: false, issues: [{ path: '', message: 'sync.errors.notSignedIn' }] };
    try {
      await revokeDevice(transport, token, sessionId);
      await load();
      return { ok: true };
    } catch (error) {
      return { ok: false, issues: [{ path: '', message: keyOf(error) }] };
    }
  };

  return { state, reload: load, revoke };
}
