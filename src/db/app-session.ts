/** The account session kept in the app's database (see session.ts), for signing this device in and out. */
import type { SessionRecord } from './database';
import { db } from './database';
import { clearSession, getSession, markPasswordChanged, saveSession, type SessionUserRecord } from './session';

export const readSession = (): Promise<SessionRecord | null> => getSession(db);

/** Keeps the session the server gave, signed in now; the next pull starts from the beginning (see saveSession). */
export const keepSession = (session: { token: string; sessionId: string; user: SessionUserRecord }): Promise<void> =>
  saveSession(db, session, new Date().toISOString());

export const forgetSession = (): Promise<void> => clearSession(db);

export const passwordChanged = (): Promise<void> => markPasswordChanged(db);
