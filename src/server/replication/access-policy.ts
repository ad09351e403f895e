/**
 * The seam where roles meet sync: which mutations an account may push and which rows (or parts) it may pull, as
 * the access table of src/domain/access says; the server reads its rows through the store's RowLookup.
 */
import { judgeMutation, runsMutation, seesWhole, visibleRow } from '../../domain/access/judge';
import type { Role } from '../../domain/access/account';
import { ownerTravels } from '../../domain/access/read-access';
import { MutationRejected } from '../../domain/mutations/define';
import type { MutationName } from '../../domain/mutations/registry';
import type { SyncedRow, TableName } from '../../domain/rows/rows';
import type { RowLookup, StoredRow } from '../store/store';
import type { Actor } from './actor';

export interface AccessPolicy {
  /** Whether the actor's role may run this mutation at all: asked before its arguments are read. */
  runs(actor: Actor, name: MutationName): boolean;
  /**
   * Throws MutationRejected when the actor may not apply this mutation with these arguments: 'forbidden' for a
   * mutation its role never runs; for a row it does not answer for, the very answer a row the server does not hold
   * gets, so that nobody learns which ids exist beyond their scope.
   */
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

export function forbidden(): MutationRejected {
  return new MutationRejected('forbidden', [{ path: '', message: 'validation.forbidden' }]);
}

/**
 * The answer to a named row an account may not use: a new row's id already taken is 'exists', whoever's row it is
 * (as the plans answer it); any other reference is 'notFound' at its argument, as the plans answer an unknown id.
 */
function unknownTo(at: { path: string; creates: boolean }): MutationRejected {
  return at.creates
    ? new MutationRejected('exists', [{ path: at.path, message: 'validation.exists' }])
    : new MutationRejected('notFound', [{ path: at.path, message: 'validation.notFound' }]);
}

/** A role's policy: its rows of the access table, whatever role the actor it is given says it has. */
export function rolePolicy(role: Role): AccessPolicy {
  return {
    runs: (_actor, name) => runsMutation(role, name),
    async authorize(actor, name, args, lookup) {
      const { verdict, at } = await judgeMutation({ ...actor, role }, name, args, lookup);
      if (verdict === 'granted') return;
      if (verdict === 'roleRefused' || at === null) throw forbidden();
      if (verdict === 'taken') throw unknownTo(at);
      // Every row is the coordinator's: one the server does not hold is left to the mutation's plan, which may
      // take it as optional or refuse it as notFound.
      if (role === 'coordinator' && verdict === 'unknownRow') return;
      throw unknownTo(at);
    },
    seesWhole: (_actor, table) => seesWhole(role, table),
    project: (actor, stored, lookup) => visibleRow({ ...actor, role }, stored.table, stored, lookup),
    sendsOwner: (_actor, table) => ownerTravels(role, table),
  };
}

/** Every mutation, every row: the coordinator's view, and the server's own. */
export const fullAccess: AccessPolicy = rolePolicy('coordinator');
