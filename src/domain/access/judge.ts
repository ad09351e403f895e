/**
 * The access table read for one case: may this account run this mutation with these arguments, and what it sees of
 * a row. The same answers on the server (which turns a refusal into a rejection) and on a device (which hides the
 * action), each reading rows through its own ScopeReader.
 */
import type { MutationName } from '../mutations/registry';
import type { SyncedRow, TableName } from '../rows/rows';
import type { Account, Role, ScopedRow, ScopeReader } from './account';
import { MUTATION_ACCESS, type RowRef } from './mutation-access';
import { PROJECTIONS } from './projections';
import { READ_ACCESS } from './read-access';
import { SCOPES, type Scope } from './scopes';

/**
 * - granted: every row the arguments name is held by the reader and in the account's scope (a new row's id may be
 *   held by nobody);
 * - roleRefused: the role may not run this mutation at all, whatever its arguments;
 * - outOfScope: a row the arguments name is outside the account's scope;
 * - unknownRow: a row the arguments name (other than a new row's id) is not held;
 * - taken: the new row's id is held already, by a row of the account's scope or not: a create never overwrites.
 */
export type Verdict = 'granted' | 'roleRefused' | 'outOfScope' | 'unknownRow' | 'taken';

/** Whether a role may run a mutation with some arguments: asked before the arguments are read. */
export function runsMutation(role: Role, name: MutationName): boolean {
  return MUTATION_ACCESS[name].roles[role] !== undefined;
}

type Args = Readonly<Record<string, unknown>>;

/** The ids at a path of the arguments: one, each of a list, or none when the arguments leave it out. */
export function idsAt(args: Args, path: string): string[] {
  let value: unknown = args;
  for (const key of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Args)[key] : undefined;
  }
  const values = Array.isArray(value) ? value : [value];
  return values.filter((id): id is string => typeof id === 'string');
}

const tableOf = (ref: RowRef, args: Args): TableName => (typeof ref.table === 'function' ? ref.table(args) : ref.table);

/** Whether the account may see a row it does not answer for by a scope of its own: the read side of the table. */
async function reads(account: Account, table: TableName, scoped: ScopedRow, reader: ScopeReader): Promise<boolean> {
  return (await visibleRow(account, table, scoped, reader)) !== null;
}

/**
 * One named row: the scope the role's entry gives its argument path when that scope is about this table, else what
 * the role may read of the table. A row named by an argument is always a claim to check.
 */
async function judgeId(
  account: Account,
  table: TableName,
  id: string,
  ref: RowRef,
  listed: Scope | undefined,
  reader: ScopeReader,
): Promise<Verdict> {
  const scope = listed?.tables.includes(table) ? listed : undefined;
  if (scope?.by === 'id') return scope.test(account, id) ? 'granted' : 'outOfScope';
  const scoped = await reader.getRow(table, id);
  if (!scoped) return ref.creates || ref.optional ? 'granted' : 'unknownRow';
  if (ref.creates) return 'taken';
  const inScope = scope ? await scope.test(account, scoped, reader) : await reads(account, table, scoped, reader);
  return inScope ? 'granted' : 'outOfScope';
}

/** A verdict, and where the arguments first named a row that is not granted (null when every one is). */
export interface Judgement {
  verdict: Verdict;
  at: { path: string; creates: boolean } | null;
}

/**
 * The verdict on a mutation and its arguments (as given: a screen may name only the rows it asks about). Every
 * argument that names a row is judged, in the order of the mutation's references, and the first one not granted
 * ends the judgement: a row out of scope and a row not held are then told apart only by the verdict, never by
 * where or when the judgement stopped.
 */
export async function judgeMutation(account: Account, name: MutationName, args: unknown, reader: ScopeReader): Promise<Judgement> {
  const access = MUTATION_ACCESS[name];
  const scopes = access.roles[account.role];
  if (scopes === undefined) return { verdict: 'roleRefused', at: null };
  const given: Args = typeof args === 'object' && args !== null ? (args as Args) : {};
  for (const [path, ref] of Object.entries(access.refs)) {
    const scopeName = scopes[path];
    const listed: Scope | undefined = scopeName === undefined ? undefined : SCOPES[scopeName];
    const table = tableOf(ref, given);
    for (const id of idsAt(given, path)) {
      const verdict = await judgeId(account, table, id, ref, listed, reader);
      if (verdict !== 'granted') return { verdict, at: { path, creates: ref.creates === true } };
    }
  }
  return { verdict: 'granted', at: null };
}

/** True when this role reads every row of this table as it is stored: no row needs to be read to send it. */
export function seesWhole(role: Role, table: TableName): boolean {
  return READ_ACCESS[role][table] === 'whole';
}

/** The row as this account may see it, or null when it is none of its business. */
export async function visibleRow(account: Account, table: TableName, scoped: ScopedRow, reader: ScopeReader): Promise<SyncedRow | null> {
  const read = READ_ACCESS[account.role][table];
  if (read === 'whole') return scoped.row;
  if (read === 'none') return null;
  const scope: Scope = SCOPES[read.rows];
  const inScope = scope.by === 'id' ? scope.test(account, scoped.row.id) : await scope.test(account, scoped, reader);
  if (!inScope) return read.others ? PROJECTIONS[read.others](scoped.row) : null;
  return read.shown ? PROJECTIONS[read.shown](scoped.row) : scoped.row;
}
