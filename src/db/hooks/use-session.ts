/** The account signed in on this device, read from the session it keeps, so that it works offline. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SessionRecord } from '../database';
import { db } from '../database';
import { getSession } from '../session';

/** undefined while reading, null when nobody is signed in on this device. */
export function useSession(): SessionRecord | null | undefined {
  return useLiveQuery(() => getSession(db), []);
}
