/** The producer the signed-in account speaks for, read from the session kept on this device (so it works offline). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { getSession } from '../../db/session';

export function useProducerId(): { loading: boolean; producerId: string | null } {
  const session = useLiveQuery(() => getSession(db), []);
  if (session === undefined) return { loading: true, producerId: null };
  return { loading: false, producerId: session?.user.role === 'producer' ? (session.user.producerId ?? null) : null };
}
