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
 * - granted: every row the arguments name is in the account's scope, as far as the reader holds them;
 * - roleRefused: the role may not run this mutation at all, whatever its arguments;
 * - outOfScope: a row the arguments name is outside the account's scope;
 * - unknownRow: nothing is out of scope, but a row the arguments name (other than a new row's id) is not held.
 */
export type Verdict = 'granted' | 'roleRefused' | 'outOfScope' | 'unknownRow';

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

async function judgeId(account: Account, scope: Scope, table: TableName, id: string, ref: RowRef, reader: ScopeReader): Promise<Verdict> {
  if (scope.by === 'id') return scope.test(account, id) ? 'granted' : 'outOfScope';
  const scoped = await reader.getRow(table, id);
  if (!scoped) return ref.creates ? 'granted' : 'unknownRow';
  return (await scope.test(account, scoped, reader)) ? 'granted' : 'outOfScope';
}

/**
 * The verdict on a mutation and its arguments (as given: a screen may name only the rows it asks about). A scope is
 * asked only about rows of its own tables: "attendeeId: theirMember" checks attendees who are members.
 */
export async function judgeMutation(account: Account, name: MutationName, args: unknown, reader: ScopeReader): Promise<Verdict> {
  const access = MUTATION_ACCESS[name];
  const scopes = access.roles[account.role];
  if (scopes === undefined) return 'roleRefused';
  const given: Args = typeof args === 'object' && args !== null ? (args as Args) : {};
  let verdict: Verdict = 'granted';
  for (const [path, scopeName] of Object.entries(scopes)) {
    const ref = access.refs[path];
    const scope: Scope = SCOPES[scopeName];
    if (!ref) continue;
    const table = tableOf(ref, given);
    if (!scope.tables.includes(table)) continue;
    for (const id of idsAt(given, path)) {
      const found = await judgeId(account, scope, table, id, ref, reader);
      if (found === 'outOfScope') return found;
      if (found === 'unknownRow') verdict = found;
    }
  }
  return verdict;
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
