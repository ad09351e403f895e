/**
 * Who acts, and what the access rules may read to decide: the account (its role and what it answers for) and a
 * reader of rows with their owner. The server reads its store; a device reads its own rows and the session it keeps.
 */
import type { SyncedRow, TableName } from '../rows/rows';

export const ROLES = ['coordinator', 'animator', 'producer'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  userId: string;
  role: Role;
  /** Consumer groups an animator runs; empty for other roles. */
  groupIds: readonly string[];
  /** The producer row a producer account speaks for; null for other roles. */
  producerId: string | null;
}

/** A row as the rules see it: its fields, and the account that created it (null: nobody's, or not told). */
export interface ScopedRow {
  readonly row: SyncedRow;
  readonly ownerId: string | null;
}

export interface ScopeReader {
  /** The row with this id, deleted or not; undefined when this reader holds none. */
  getRow(table: TableName, id: string): Promise<ScopedRow | undefined>;
  /** Live rows of a table whose field equals a value (e.g. groupMembers by groupId). */
  findRows(table: TableName, field: string, value: string): Promise<ScopedRow[]>;
}

/**
 * What an account answers for, as one text: a device that pulled under another one holds rows of a scope that is no
 * longer its own (an animator's groups changed, a producer relinked) and must read everything again.
 */
export function scopeKey(account: Pick<Account, 'role' | 'groupIds' | 'producerId'>): string {
  return [account.role, account.producerId ?? '', [...account.groupIds].sort().join(',')].join('|');
}
