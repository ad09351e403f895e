import type { Hlc } from './hlc';

/** Tables that sync. Local-only tables (outbox, device settings) live in src/db and never leave the device. */
export const SYNCED_TABLES = [
  'areas',
  'producers',
  'groups',
  'members',
  'events',
  'groupMembers',
  'offers',
  'contracts',
  'distributions',
  'absences',
  'pickups',
  'volunteers',
  'partners',
  'initiatives',
  'outlets',
  'attendance',
] as const;
export type TableName = (typeof SYNCED_TABLES)[number];

/**
 * What every synced row carries besides its fields: a client-made id, a tombstone flag, a demo flag (demo rows
 * can be removed in one step) and, per field, the clock of the write that set it (last writer wins per field).
 */
export interface RowMeta {
  id: string;
  deleted: boolean;
  demo: boolean;
  clocks: Record<string, Hlc>;
}

export type SyncedRow = RowMeta & Record<string, unknown>;

/** One mutation's effect on one row: the fields it sets, all stamped with the mutation's clock. */
export interface RowWrite {
  table: TableName;
  id: string;
  fields: Record<string, unknown>;
}

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

export function isLive(row: SyncedRow | undefined): row is SyncedRow {
  return row !== undefined && !row.deleted;
}

export function rowKey(table: TableName, id: string): string {
  return `${table}|${id}`;
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

/**
 * The rows whose server version a device must keep as their base: those written by a mutation it still holds, and
 * those settled but not yet rebuilt from a complete pull. Every other row it shows is the server's row itself.
 */
export function keysWithBase(held: readonly { writes: readonly RowWrite[] }[], dirtyKeys: readonly string[]): Set<string> {
  return new Set([...held.flatMap((entry) => entry.writes.map((w) => rowKey(w.table, w.id))), ...dirtyKeys]);
}
