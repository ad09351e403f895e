/**
 * Signing a device in. A device id belongs to the account that first signed in with it: when the server answers
 * that this phone's id is another account's (the phone was handed over after sign-out), the phone takes a new id
 * and signs in again, unless changes of the previous account still wait in the outbox, which that account must
 * send first (the failure then says so).
 */
import type { SessionUserRecord } from '../db/session';
import { login } from './auth-client';
import type { LoginResponse } from './protocol';
import { SyncFailure } from './sync-failure';
import type { Transport } from './transport';

/** What signing in needs of the device's database (src/db device.ts and session.ts). */
export interface DeviceForSignIn {
  read(): Promise<{ clientId: string; deviceName: string }>;
  /** A new client id when the outbox is empty; false, changing nothing, otherwise. */
  renewClientId(): Promise<boolean>;
  keepSession(session: { token: string; sessionId: string; user: SessionUserRecord }): Promise<void>;
}

/** Throws a SyncFailure (sync.errors.*) when the server refuses or cannot be reached; keeps the session it gives. */
export async function signInDevice(
  device: DeviceForSignIn,
  transport: Transport,
  credentials: { login: string; password: string },
): Promise<LoginResponse> {
  const attempt = async () => {
    const { clientId, deviceName } = await device.read();
    return login(transport, { ...credentials, clientId, deviceName });
  };
  let response: LoginResponse;
  try {
    response = await attempt();
  } catch (error) {
    if (!(error instanceof SyncFailure && error.key === 'sync.errors.deviceTaken')) throw error;
    if (!(await device.renewClientId())) throw error;
    response = await attempt();
  }
  await device.keepSession(response);
  return response;
}
