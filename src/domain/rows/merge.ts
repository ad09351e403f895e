/**
 * How writes become rows: the per-field last-writer-wins merge by clock, the erasure of a deleted person, the set
 * fields, and the rebase of a device's pending writes. Apart from rows.ts so that the first screen's download,
 * which reads rows, does not carry the merge, which only writes and pulls need.
 */
import type { Hlc } from './hlc';
import type { RowWrite, SyncedRow, TableName } from './rows';
import { unionEntries, unionKey } from './union-fields';

const META_FIELDS = new Set(['id', 'clocks']);

/**
 * What a deleted row keeps of a person: nothing that names or reaches them (the consent text promises erasure).
 * Blanked by the merge rather than by the delete's own writes, so that an edit from another phone that orders after
 * the delete (it reached the server first) cannot leave them behind; their clocks are kept, so replicas still agree
 * whatever order they merged the writes in. What the figures read (quarter, sign-up date, event) stays.
 */
const ERASED_WHEN_DELETED: Partial<Record<TableName, Readonly<Record<string, unknown>>>> = {
  members: { firstName: '', lastName: '', phone: '', email: '', notes: '' },
};

/**
 * Merges a write into a row, field by field: a field changes only if the write's clock is later than the clock
 * of the value it holds. Returns the new row, or null when the write changes nothing (an older or repeated write).
 * Commutative and idempotent, so replicas that saw the same writes in any order hold the same row (the erasure of a
 * deleted row's fields too, a deleted member being never revived: creates refuse a taken id).
 */
export function mergeWrite(existing: SyncedRow | undefined, write: RowWrite, hlc: Hlc): SyncedRow | null {
  const row: SyncedRow = existing
    ? { ...existing, clocks: { ...existing.clocks } }
    : { id: write.id, deleted: false, demo: false, clocks: {} };
  let changed = existing === undefined;
  for (const [field, value] of Object.entries(write.fields)) {
    if (META_FIELDS.has(field)) throw new Error(`a write may not set ${field}`);
    const current = row.clocks[field];
    const key = unionKey(write.table, field);
    if (key !== undefined) {
      const union = unionEntries(row[field], value, key, hlc);
      if (JSON.stringify(union) === JSON.stringify(row[field]) && current !== undefined && current >= hlc) continue;
      row[field] = union;
      row.clocks[field] = current !== undefined && current >= hlc ? current : hlc;
      changed = true;
      continue;
    }
    if (current !== undefined && current >= hlc) continue;
    row[field] = value;
    row.clocks[field] = hlc;
    changed = true;
  }
  if (row.deleted) {
    for (const [field, blank] of Object.entries(ERASED_WHEN_DELETED[write.table] ?? {})) {
      if (row[field] === blank) continue;
      row[field] = blank;
      changed = true;
    }
  }
  return changed ? row : null;
}

export interface PendingWrite {
  write: RowWrite;
  hlc: Hlc;
}

/**
 * The row a device shows: the server's row with this device's not-yet-settled writes merged on top, so that a pull
 * never shows a step back. Undefined when neither the server nor a pending write knows the row.
 */
export function rebase(serverRow: SyncedRow | undefined, pending: readonly PendingWrite[]): SyncedRow | undefined {
  let row = serverRow;
  for (const { write, hlc } of pending) row = mergeWrite(row, write, hlc) ?? row;
  return row;
}
