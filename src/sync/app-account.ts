/**
 * Signing this device in and out: the server asked, the session kept on the device. Signing in needs the network;
 * signing out always works, and never touches local data or the outbox.
 */
import { readDevice, renewDeviceId } from '../db/app-device';
import { forgetSession, keepSession, passwordChanged, readSession } from '../db/app-session';
import type { SessionUserRecord } from '../db/session';
import type { ChangePasswordRequest } from '../domain/access/managed-account';
import { changePassword } from './accounts-client';
import { logout } from './auth-client';
import { signInDevice } from './sign-in';
import { SyncFailure } from './sync-failure';
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

/** Replaces the password of the account signed in on this device (a one-time one, or any); then sync may resume. */
export async function changeOwnPassword(transport: Transport, request: ChangePasswordRequest): Promise<void> {
  const session = await readSession();
  if (!session) throw new SyncFailure('sync.errors.notSignedIn', 'no session');
  await changePassword(transport, session.token, request);
  await passwordChanged();
}
