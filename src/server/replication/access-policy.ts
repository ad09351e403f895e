/**
 * The seam where roles meet sync: which mutations an account may push and which rows (or parts) it may pull, as
 * the access table of src/domain/access says; the server reads its rows through the store's RowLookup.
 */
import { judgeMutation, seesWhole, visibleRow } from '../../domain/access/judge';
import type { Role } from '../../domain/access/account';
import { ownerTravels } from '../../domain/access/read-access';
import { MutationRejected } from '../../domain/mutations/define';
import type { MutationName } from '../../domain/mutations/registry';
import type { SyncedRow, TableName } from '../../domain/rows/rows';
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
  /** True when a row of this table goes to this actor with the account that created it (domain/access OWNED_TABLES). */
  sendsOwner(actor: Actor, table: TableName): boolean;
}

function forbidden(): MutationRejected {
  return new MutationRejected('forbidden', [{ path: '', message: 'validation.forbidden' }]);
}

/** A role's policy: its rows of the access table, whatever role the actor it is given says it has. */
export function rolePolicy(role: Role): AccessPolicy {
  return {
    async authorize(actor, name, args, lookup) {
      const verdict = await judgeMutation({ ...actor, role }, name, args, lookup);
      // A row the server does not hold passes: the mutation's own plan then refuses it as notFound, or creates it.
      if (verdict === 'roleRefused' || verdict === 'outOfScope') throw forbidden();
    },
    seesWhole: (_actor, table) => seesWhole(role, table),
    project: (actor, stored, lookup) => visibleRow({ ...actor, role }, stored.table, stored, lookup),
    sendsOwner: (_actor, table) => ownerTravels(role, table),
  };
}

/** Every mutation, every row: the coordinator's view, and the server's own. */
export const fullAccess: AccessPolicy = rolePolicy('coordinator');
