/**
 * A RowLookup that remembers its answers, for one read over one snapshot: rows cannot change under it, so a pull
 * page that scopes 2,000 rows through the same few lookups (a producer's contracts, a distribution's group) reads
 * each of them once instead of once per row.
 */
import type { TableName } from '../../domain/rows/rows';
import type { RowLookup, StoredRow } from './store';

export function snapshotLookup(inner: RowLookup): RowLookup {
  const rows = new Map<string, Promise<StoredRow | undefined>>();
  const found = new Map<string, Promise<StoredRow[]>>();
  return {
    getRow(table: TableName, id: string) {
      const key = `${table}|${id}`;
      let answer = rows.get(key);
      if (!answer) {
        answer = inner.getRow(table, id);
        rows.set(key, answer);
      }
      return answer;
    },
    findRows(table: TableName, field: string, value: string) {
      const key = `${table}|${field}|${value}`;
      let answer = found.get(key);
      if (!answer) {
        answer = inner.findRows(table, field, value);
        found.set(key, answer);
      }
      return answer;
    },
  };
}
