/**
 * The access table's view of this device: the account of the session kept here (so that it works offline) and its
 * rows with the owner each was pulled with. A row of members or events without an owner was made on this device
 * and not pulled back yet (sync-apply.ts withOwner): it is the account's, as the server will record it.
 */
import type { Account, ScopedRow, ScopeReader } from '../domain/access/account';
import type { SyncedRow } from '../domain/rows/rows';
import type { CourtCircuitDb, SessionRecord } from './database';

export function sessionAccount(session: SessionRecord): Account {
  const { user } = session;
  return { userId: user.id, role: user.role, groupIds: user.groupIds ?? [], producerId: user.producerId ?? null };
}

export function deviceReader(db: CourtCircuitDb, account: Account): ScopeReader {
  const scoped = (row: SyncedRow): ScopedRow => ({
    row,
    ownerId: row.ownerId === undefined ? account.userId : typeof row.ownerId === 'string' ? row.ownerId : null,
  });
  return {
    async getRow(table, id) {
      const row = (await db.syncedTable(table).get(id)) as SyncedRow | undefined;
      return row && scoped(row);
    },
    async findRows(table, field, value) {
      const rows = (await db.syncedTable(table).where(field).equals(value).toArray()) as SyncedRow[];
      return rows.filter((row) => !row.deleted).map(scoped);
    },
  };
}
