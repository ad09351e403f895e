/** Which of these ids name no live row of a table: an account may only be given groups or a producer that exist. */
import type { TableName } from '../../domain/rows/rows';
import type { SyncStore } from './store';

export async function missingRows(store: SyncStore, table: TableName, ids: readonly string[]): Promise<string[]> {
  return store.read(async (tx) => {
    const missing: string[] = [];
    for (const id of ids) {
      const found = await tx.getRow(table, id);
      if (!found || found.row.deleted) missing.push(id);
    }
    return missing;
  });
}
