/** The changes the server refused, most recent first, with whose basket a refused check-off was about; undefined while reading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type RejectedRecord } from '../database';
import { listRejected, readRefusedBaskets, type RefusedBasket } from '../session';

export interface RejectedChanges {
  rejected: RejectedRecord[];
  /** Refused check-offs' member and day, by mutation id: their arguments hold ids only. */
  baskets: Map<number, RefusedBasket>;
}

export function useRejectedChanges(): RejectedChanges | undefined {
  return useLiveQuery(async () => {
    const rejected = await listRejected(db);
    return { rejected, baskets: await readRefusedBaskets(db, rejected) };
  }, []);
}
