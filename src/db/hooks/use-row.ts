/** One live row by id: undefined while reading, null when there is none (no id, an unknown id or a deleted row). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { getLive, type LiveTable } from '../queries';

export function useRow<T extends { deleted: boolean }>(table: LiveTable, id: string | null): T | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await getLive<T>(db, table, id)) ?? null)), [table, id]);
}
