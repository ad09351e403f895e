/** The account signed in on this device, read from the session it keeps, so that it works offline. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SessionRecord } from '../database';
import { db } from '../database';
import { getSession } from '../session';

/** undefined while reading, null when nobody is signed in on this device. */
export function useSession(): SessionRecord | null | undefined {
  return useLiveQuery(() => getSession(db), []);
}

/**
 * The signed-in account's role: undefined while reading, null when nobody is signed in. A query of its own rather
 * than useSession's record: a screen that shows by role is not rendered again when the rest of the session changes.
 */
export function useRole(): SessionRecord['user']['role'] | null | undefined {
  return useLiveQuery(async () => (await getSession(db))?.user.role ?? null, []);
}
