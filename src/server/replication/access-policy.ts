/** The seam where roles meet sync: which mutations an account may push and which rows (or parts) it may pull. */
import type { SyncedRow, TableName } from '../../domain/rows/rows';
import type { MutationName } from '../../domain/mutations/registry';
import type { RowLookup, StoredRow } from '../store/store';
import type { Actor } from './actor';

export interface AccessPolicy {
  /** Throws MutationRejected('forbidden') when the actor may not apply this mutation. */
  authorize(actor: Actor, name: MutationName, args: unknown, lookup: RowLookup): Promise<void>;
  /**
   * True when this actor sees every row of this table whole, as stored: a pull then sends the stored row without
   * calling `project` (nor parsing it). A policy that projects or filters a table must answer false for it.
   */
  seesWhole(actor: Actor, table: TableName): boolean;
  /** The row as this actor may see it, or null when it is none of their business. */
  project(actor: Actor, stored: StoredRow, lookup: RowLookup): Promise<SyncedRow | null>;
}

/** Every mutation, every row: the coordinator's view, and the server's own. */
export const fullAccess: AccessPolicy = {
  async authorize() {},
  seesWhole: () => true,
  async project(_actor, stored) {
    return stored.row;
  },
};
