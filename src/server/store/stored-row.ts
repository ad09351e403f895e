/**
 * A row as both stores read it from their `rows` table, parsed only when its fields are asked for: a first pull
 * sends 10,000s of rows an account sees whole, and parsing each into an object (with its per-field clocks) only to
 * serialise it again was most of a page's garbage. The stores hold rows as they travel, their clocks packed
 * (domain/rows/packed-clocks.ts).
 */
import { parsePackedRow } from '../../domain/rows/packed-clocks';
import type { SyncedRow, TableName } from '../../domain/rows/rows';
import type { StoredRow } from './store';

export interface RowRecord {
  tbl: string;
  id: string;
  version: number;
  owner_id: string | null;
  data: string;
}

class LazyStoredRow implements StoredRow {
  private parsed: SyncedRow | undefined;

  constructor(
    readonly table: TableName,
    readonly json: string,
    readonly version: number,
    readonly ownerId: string | null,
  ) {}

  get row(): SyncedRow {
    this.parsed ??= parsePackedRow(this.json);
    return this.parsed;
  }
}

export function toStored(record: RowRecord): StoredRow {
  return new LazyStoredRow(record.tbl as TableName, record.data, record.version, record.owner_id);
}
