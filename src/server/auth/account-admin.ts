/**
 * A coordinator's administration of accounts, on the accounts tables (accounts.ts owns logins and sessions): list,
 * create, change an animator's groups or a producer's link, reset a password, disable. Each change and its line in
 * the audit log are written in one transaction, so the log never misses a change nor tells one that did not happen.
 * Passwords arrive here already hashed: the log and this module never see one in clear.
 */
import { newId } from '../../domain/rows/ids';
import type { Role } from '../../domain/access/account';
import type { AccountDevice, AuditAction, AuditEntry, ManagedAccount, NewAccountRequest } from '../../domain/access/managed-account';
import { HttpError } from '../http-errors';
import type { SqlDb } from '../store/sql-db';
import { replaceGroups, type Accounts, type UserRecord } from './accounts';

/** Who acts: the coordinator's account, as the audit log names it. */
export interface AdminActor {
  userId: string;
  login: string;
}

interface UserRow {
  id: string;
  login: string;
  name: string;
  role: Role;
  producer_id: string | null;
  created_at: number;
  disabled: number;
  must_change_password: number;
}

interface DeviceRow {
  id: string;
  user_id: string;
  client_id: string;
  device_name: string;
  last_seen_at: number;
  revoked_at: number | null;
}

interface AuditRow {
  id: number;
  at: number;
  actor_login: string;
  account_id: string;
  account_login: string;
  action: AuditAction;
  changes: string;
}

const USER_COLUMNS = 'id, login, name, role, producer_id, created_at, disabled, must_change_password';
const AUDIT_PAGE = 500;

function notFound(id: string): HttpError {
  return new HttpError(404, 'notFound', `No account ${id}.`);
}

export class AccountAdmin {
  private readonly db: SqlDb;
  private readonly now: () => number;

  constructor(accounts: Accounts) {
    this.db = accounts.connection;
    this.now = accounts.clock;
  }

  private toAccount(row: UserRow, groups: Map<string, string[]>, devices: Map<string, AccountDevice[]>): ManagedAccount {
    return {
      id: row.id,
      login: row.login,
      name: row.name,
      role: row.role,
      groupIds: groups.get(row.id) ?? [],
      producerId: row.producer_id,
      disabled: row.disabled === 1,
      mustChangePassword: row.must_change_password === 1,
      createdAt: row.created_at,
      devices: devices.get(row.id) ?? [],
    };
  }

  private async readAccounts(where: string, ...params: string[]): Promise<ManagedAccount[]> {
    const users = await this.db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM users ${where} ORDER BY login`, params);
    const ids = new Set(users.map((user) => user.id));
    const groups = new Map<string, string[]>();
    for (const row of await this.db.all<{ user_id: string; group_id: string }>(
      'SELECT user_id, group_id FROM user_groups ORDER BY group_id',
    )) {
      if (ids.has(row.user_id)) groups.set(row.user_id, [...(groups.get(row.user_id) ?? []), row.group_id]);
    }
    const devices = new Map<string, AccountDevice[]>();
    for (const row of await this.db.all<DeviceRow>(
      'SELECT id, user_id, client_id, device_name, last_seen_at, revoked_at FROM sessions ORDER BY last_seen_at DESC, id',
    )) {
      if (!ids.has(row.user_id)) continue;
      const device = {
        sessionId: row.id,
        clientId: row.client_id,
        deviceName: row.device_name,
        lastSeenAt: row.last_seen_at,
        revokedAt: row.revoked_at,
      };
      devices.set(row.user_id, [...(devices.get(row.user_id) ?? []), device]);
    }
    return users.map((user) => this.toAccount(user, groups, devices));
  }

  list(): Promise<ManagedAccount[]> {
    return this.readAccounts('');
  }

  async get(id: string): Promise<ManagedAccount | undefined> {
    return (await this.readAccounts('WHERE id = ?', id))[0];
  }

  async mustChangePassword(userId: string): Promise<boolean> {
    const row = await this.db.get<{ must_change_password: number }>('SELECT must_change_password FROM users WHERE id = ?', [userId]);
    return row?.must_change_password === 1;
  }

  private async audit(
    db: SqlDb,
    actor: AdminActor,
    account: { id: string; login: string },
    action: AuditAction,
    changes: Record<string, unknown>,
  ): Promise<void> {
    await db.run(
      'INSERT INTO account_audit (at, actor_id, actor_login, account_id, account_login, action, changes) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [this.now(), actor.userId, actor.login, account.id, account.login, action, JSON.stringify(changes)],
    );
  }

  private revokeSessions(db: SqlDb, userId: string): Promise<number> {
    return db.run('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL', [this.now(), userId]);
  }

  /** A new account that must replace its password (already hashed) at its first login. 409 when the login is taken. */
  async create(actor: AdminActor, request: NewAccountRequest, passwordHash: string): Promise<ManagedAccount> {
    const id = newId();
    const groupIds = request.role === 'animator' ? [...new Set(request.groupIds)].sort() : [];
    const producerId = request.role === 'producer' ? request.producerId : null;
    await this.db.transaction(async (db) => {
      if (await db.get('SELECT 1 AS one FROM users WHERE login = ?', [request.login])) {
        throw new HttpError(409, 'badRequest', `The login "${request.login}" is already taken.`);
      }
      await db.run(
        'INSERT INTO users (id, login, name, role, password_hash, producer_id, created_at, disabled, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1)',
        [id, request.login, request.name, request.role, passwordHash, producerId, this.now()],
      );
      await replaceGroups(db, id, groupIds);
      await this.audit(db, actor, { id, login: request.login }, 'create', { role: request.role, name: request.name, groupIds, producerId });
    });
    return (await this.get(id)) as ManagedAccount;
  }

  /**
   * The log line of an account created with a password the coordinator chose (POST /api/users). That account is
   * written by accounts.ts in its own transaction, so this line follows it at once rather than within it.
   */
  async recordCreated(actor: AdminActor, user: UserRecord, groupIds: readonly string[]): Promise<void> {
    const changes = { role: user.role, name: user.name, groupIds: [...groupIds].sort(), producerId: user.producerId };
    await this.db.transaction((db) => this.audit(db, actor, user, 'create', changes));
  }

  private async existing(db: SqlDb, id: string, role?: Role): Promise<UserRow> {
    const row = await db.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`, [id]);
    if (!row) throw notFound(id);
    if (role && row.role !== role) throw new HttpError(400, 'badRequest', `Account ${row.login} is not a ${role} account.`);
    return row;
  }

  async setGroups(actor: AdminActor, id: string, groupIds: readonly string[]): Promise<ManagedAccount> {
    const next = [...new Set(groupIds)].sort();
    await this.db.transaction(async (db) => {
      const row = await this.existing(db, id, 'animator');
      const from = (await db.all<{ group_id: string }>('SELECT group_id FROM user_groups WHERE user_id = ? ORDER BY group_id', [id])).map(
        (group) => group.group_id,
      );
      await replaceGroups(db, id, next);
      await this.audit(db, actor, row, 'groups', { groupIds: { from, to: next } });
    });
    return (await this.get(id)) as ManagedAccount;
  }

  async setProducer(actor: AdminActor, id: string, producerId: string): Promise<ManagedAccount> {
    await this.db.transaction(async (db) => {
      const row = await this.existing(db, id, 'producer');
      await db.run('UPDATE users SET producer_id = ? WHERE id = ?', [producerId, id]);
      await this.audit(db, actor, row, 'producer', { producerId: { from: row.producer_id, to: producerId } });
    });
    return (await this.get(id)) as ManagedAccount;
  }

  /**
   * Replaces the password (hashed) by one to change at the next login. The account's phones are signed out: a
   * reset is asked for a forgotten or leaked password, and whoever holds the old sessions should not keep them.
   */
  async resetPassword(actor: AdminActor, id: string, passwordHash: string): Promise<ManagedAccount> {
    await this.db.transaction(async (db) => {
      const row = await this.existing(db, id);
      await db.run('UPDATE users SET password_hash = ?, must_change_password = 1 WHERE id = ?', [passwordHash, id]);
      const revokedSessions = await this.revokeSessions(db, id);
      await this.audit(db, actor, row, 'resetPassword', { revokedSessions });
    });
    return (await this.get(id)) as ManagedAccount;
  }

  /** The account can no longer log in, and its phones are refused at their next sync as signed out. */
  async disable(actor: AdminActor, id: string): Promise<ManagedAccount> {
    if (id === actor.userId) throw new HttpError(400, 'badRequest', 'A coordinator cannot disable their own account.');
    await this.db.transaction(async (db) => {
      const row = await this.existing(db, id);
      if (row.disabled === 1) throw new HttpError(400, 'badRequest', `Account ${row.login} is already disabled.`);
      await db.run('UPDATE users SET disabled = 1 WHERE id = ?', [id]);
      const revokedSessions = await this.revokeSessions(db, id);
      await this.audit(db, actor, row, 'disable', { disabled: { from: false, to: true }, revokedSessions });
    });
    return (await this.get(id)) as ManagedAccount;
  }

  /** The account's own new password (hashed): it may sync again. */
  async changePassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.run('UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?', [passwordHash, userId]);
  }

  /** The most recent entries first. */
  async auditLog(): Promise<AuditEntry[]> {
    const rows = await this.db.all<AuditRow>(
      'SELECT id, at, actor_login, account_id, account_login, action, changes FROM account_audit ORDER BY id DESC LIMIT ?',
      [AUDIT_PAGE],
    );
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorLogin: row.actor_login,
      accountId: row.account_id,
      accountLogin: row.account_login,
      action: row.action,
      changes: JSON.parse(row.changes) as Record<string, unknown>,
    }));
  }
}
