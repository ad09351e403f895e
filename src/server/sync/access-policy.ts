/** The seam where roles meet sync: which mutations an account may push and which rows (or parts) it may pull. */
import type { SyncedRow } from '../../domain/rows';
import type { MutationName } from '../../domain/mutations/registry';
import type { RowLookup, StoredRow } from '../store/store';
import type { Actor } from './actor';

export interface AccessPolicy {
  /** Throws MutationRejected('forbidden') when the actor may not apply this mutation. */
  authorize(actor: Actor, name: MutationName, args: unknown, lookup: RowLookup): Promise<void>;
  /** The row as this actor may see it, or null when it is none of their business. */
  project(actor: Actor, stored: StoredRow, lookup: RowLookup): Promise<SyncedRow | null>;
}

/** Every mutation, every row: the coordinator's view, and the server's own. */
export const fullAccess: AccessPolicy = {
  async authorize() {},
  async project(_actor, stored) {
    return stored.row;
  },
};
