/** The changes the server refused, live, and acknowledging one once read. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type RejectedRecord } from '../../db/database';
import { dismissRejected, listRejected, readRefusedBaskets, type RefusedBasket } from '../../db/session';

interface RejectedView {
  rejected: RejectedRecord[];
  /** Refused check-offs' member and day, by mutation id: their arguments hold ids only. */
  baskets: Map<number, RefusedBasket>;
}

const NONE: RejectedView = { rejected: [], baskets: new Map() };

export function useRejected(): RejectedView & { dismiss: (mutationId: number) => Promise<void> } {
  const view = useLiveQuery(
    async () => {
      const rejected = await listRejected(db);
      return { rejected, baskets: await readRefusedBaskets(db, rejected) };
    },
    [],
    NONE,
  );
  return { ...view, dismiss: (mutationId) => dismissRejected(db, mutationId) };
}

/** A name for what the change was about (a member's or a group's name), when its arguments carry one. */
export function subjectOf(args: unknown): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const record = args as Record<string, unknown>;
  const patch = typeof record.patch === 'object' && record.patch !== null ? (record.patch as Record<string, unknown>) : {};
  const parts = [record.firstName ?? patch.firstName, record.lastName ?? patch.lastName].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  if (parts.length > 0) return parts.join(' ');
  const name = record.name ?? patch.name;
  return typeof name === 'string' && name !== '' ? name : null;
}
