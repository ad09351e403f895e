/**
 * Puts rows with IndexedDB's own `put`, in a running Dexie transaction. Dexie's bulkPut keeps a request, an error
 * handler and a result per row: ~120 ms of main thread over a 10,000-row first pull, a third of the gap to writing
 * them in one raw transaction. A failed put aborts the transaction, which Dexie reports as its failure. The table is
 * then marked changed, whole, the way Dexie's own writes mark what they change (`mutatedParts` of the IndexedDB
 * transaction): at the commit Dexie drops its cached query results over it and tells the live queries of this tab
 * and the others.
 */
import { Dexie, RangeSet, type ObservabilitySet, type Transaction } from 'dexie';
import type { CourtCircuitDb } from './database';

/** `add` refuses a key already stored (and so aborts the transaction) where `put` would replace the row. */
export function putRaw(db: CourtCircuitDb, tx: Transaction, table: string, rows: readonly unknown[], how: 'put' | 'add' = 'put'): void {
  if (rows.length === 0) return;
  const idbtrans = tx.idbtrans as IDBTransaction & { mutatedParts?: ObservabilitySet };
  const store = idbtrans.objectStore(table);
  for (const row of rows) store[how](row);
  const parts: ObservabilitySet = {};
  for (const index of ['', ...db.table(table).schema.indexes.map((i) => i.name)]) {
    parts[`idb://${db.name}/${table}/${index}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
  }
  idbtrans.mutatedParts = Dexie.extendObservabilitySet(idbtrans.mutatedParts ?? {}, parts);
}
