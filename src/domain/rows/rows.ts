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
  'payments',
  'membershipFees',
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

export function isLive(row: SyncedRow | undefined): row is SyncedRow {
  return row !== undefined && !row.deleted;
}

export function rowKey(table: TableName, id: string): string {
  return `${table}|${id}`;
}

/**
 * The rows whose server version a device must keep as their base: those written by a mutation it still holds, and
 * those settled but not yet rebuilt from a complete pull. Every other row it shows is the server's row itself.
 */
export function keysWithBase(held: readonly { writes: readonly RowWrite[] }[], dirtyKeys: readonly string[]): Set<string> {
  return new Set([...held.flatMap((entry) => entry.writes.map((w) => rowKey(w.table, w.id))), ...dirtyKeys]);
}
