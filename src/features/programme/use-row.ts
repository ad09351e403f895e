/** One live row of the programme's tables: undefined while reading, null when there is none (unknown or deleted id). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { getLive } from '../../db/queries';

export function useRow<T extends { deleted: boolean }>(
  table: 'events' | 'partners' | 'outlets' | 'initiatives',
  id: string | null,
): T | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await getLive<T>(db, table, id)) ?? null)), [table, id]);
}

/** For ScreenFrame: a new row is always "found"; an existing one once read. */
export function foundOf(id: string | null, row: unknown): boolean | undefined {
  if (id === null) return true;
  return row === undefined ? undefined : row !== null;
}
