/** The coordinator's list of signed-in phones, fetched from the server, and revoking one. */
import { listDevices, revokeDevice, type DeviceSession } from '../../sync/auth-client';
import type { SubmitResult } from '../../ui/use-form-errors';
import { useOnlineRead } from './use-online-read';

export type DevicesState = { status: 'loading' } | { status: 'ready'; devices: DeviceSession[] } | { status: 'error'; error: string };

export function useDevices(token: string | null) {
  const { state, load, act } = useOnlineRead(token, listDevices);
  const devices: DevicesState = state.status === 'ready' ? { status: 'ready', devices: state.data } : state;
  const revoke = (sessionId: string): Promise<SubmitResult> => act((transport, tok) => revokeDevice(transport, tok, sessionId));
  return { state: devices, reload: load, revoke };
}
