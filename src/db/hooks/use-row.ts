/**
 * One live row by id: undefined while reading it, null when there is none (no id, an unknown id or a deleted row).
 * The answer is the one for the id asked: while the last answer in is still another id's, the row counts as being
 * read, so that a screen never takes the previous row, or its absence, for this one's.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { getLive, type LiveRows, type LiveTable } from '../queries';

export function useRow<K extends LiveTable>(table: K, id: string | null): LiveRows[K] | null | undefined {
  const found = useLiveQuery(
    async () => ({ table, id, row: id === null ? null : ((await getLive<LiveRows[K]>(db, table, id)) ?? null) }),
    [table, id],
  );
  return found?.table === table && found.id === id ? found.row : undefined;
}
