/**
 * Signing this device in and out: the server asked, the session kept on the device. Signing in needs the network;
 * signing out always works, and never touches local data or the outbox.
 */
import { readDevice, renewDeviceId } from '../db/app-device';
import { forgetSession, keepSession, readSession } from '../db/app-session';
import type { SessionUserRecord } from '../db/session';
import { logout } from './auth-client';
import { signInDevice } from './sign-in';
import type { Transport } from './transport';

/**
 * Throws a SyncFailure (sync.errors.*) when the server refuses or cannot be reached; answers the account signed in.
 * Another account than the device id's owner gets a new device id when nothing waits to be sent (sign-in.ts).
 */
export async function signIn(transport: Transport, credentials: { login: string; password: string }): Promise<SessionUserRecord> {
  return (await signInDevice({ read: readDevice, renewClientId: renewDeviceId, keepSession }, transport, credentials)).user;
}

/** `transport`: null when the server cannot be told (offline, or no sync in this app). */
export async function signOut(transport: Transport | null): Promise<void> {
  const session = await readSession();
  if (session && transport) {
    // Telling the server is a courtesy that frees the session; offline or refused, the phone signs out anyway.
    await logout(transport, session.token).catch(() => undefined);
  }
  await forgetSession();
}
