/**
 * A coordinator's administration of accounts, on the accounts tables (accounts.ts owns logins and sessions): list,
 * create, change an animator's groups or a producer's link, reset a password, disable. Each change and its line in
 * the audit log are written in one transaction, so the log never misses a change nor tells one that did not happen.
 * Passwords arrive here already hashed: the log and this module never see one in clear.
 */
import type Database from 'better-sqlite3';
import { newId } from '../../domain/rows/ids';
import type { Role } from '../../domain/access/account';
import type { AccountDevice, AuditAction, AuditEntry, ManagedAccount, NewAccountRequest } from '../../domain/access/managed-account';
import { HttpError } from '../http-errors';
import type { Accounts, UserRecord } from './accounts';

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
  private readonly db: Database.Database;
  private readonly now: () => number;
  // Asked on every sync request: prepared once.
  private readonly mustChangeOf: Database.Statement<[string], { must_change_password: number }>;

  constructor(accounts: Accounts) {
    this.db = accounts.connection;
    this.now = accounts.clock;
    this.mustChangeOf = this.db.prepare('SELECT must_change_password FROM users WHERE id = ?');
  }

  private write<T>(fn: () => T): T {
    if (this.db.inTransaction) throw new Error('An account write ran inside an open store transaction.');
    return this.db.transaction(fn)();
  }

  private userRow(id: string): UserRow | undefined {
    return this.db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id);
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

  private readAccounts(where: string, ...params: string[]): ManagedAccount[] {
    const users = this.db.prepare<string[], UserRow>(`SELECT ${USER_COLUMNS} FROM users ${where} ORDER BY login`).all(...params);
    const ids = new Set(users.map((user) => user.id));
    const groups = new Map<string, string[]>();
    for (const row of this.db
      .prepare<[], { user_id: string; group_id: string }>('SELECT user_id, group_id FROM user_groups ORDER BY group_id')
      .all()) {
      if (ids.has(row.user_id)) groups.set(row.user_id, [...(groups.get(row.user_id) ?? []), row.group_id]);
    }
    const devices = new Map<string, AccountDevice[]>();
    for (const row of this.db
      .prepare<[], DeviceRow>(
        'SELECT id, user_id, client_id, device_name, last_seen_at, revoked_at FROM sessions ORDER BY last_seen_at DESC, id',
      )
      .all()) {
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

  list(): ManagedAccount[] {
    return this.readAccounts('');
  }

  get(id: string): ManagedAccount | undefined {
    return this.readAccounts('WHERE id = ?', id)[0];
  }

  mustChangePassword(userId: string): boolean {
    return this.mustChangeOf.get(userId)?.must_change_password === 1;
  }

  private audit(actor: AdminActor, account: { id: string; login: string }, action: AuditAction, changes: Record<string, unknown>): void {
    this.db
      .prepare(
        'INSERT INTO account_audit (at, actor_id, actor_login, account_id, account_login, action, changes) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(this.now(), actor.userId, actor.login, account.id, account.login, action, JSON.stringify(changes));
  }

  private revokeSessions(userId: string): number {
    return this.db.prepare('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(this.now(), userId).changes;
  }

  private replaceGroups(userId: string, groupIds: readonly string[]): void {
    this.db.prepare('DELETE FROM user_groups WHERE user_id = ?').run(userId);
    const insert = this.db.prepare('INSERT OR IGNORE INTO user_groups (user_id, group_id) VALUES (?, ?)');
    for (const groupId of groupIds) insert.run(userId, groupId);
  }

  /** A new account that must replace its password (already hashed) at its first login. 409 when the login is taken. */
  create(actor: AdminActor, request: NewAccountRequest, passwordHash: string): ManagedAccount {
    const id = newId();
    const groupIds = request.role === 'animator' ? [...new Set(request.groupIds)].sort() : [];
    const producerId = request.role === 'producer' ? request.producerId : null;
    this.write(() => {
      if (this.db.prepare('SELECT 1 FROM users WHERE login = ?').get(request.login)) {
        throw new HttpError(409, 'badRequest', `The login "${request.login}" is already taken.`);
      }
      this.db
        .prepare(
          'INSERT INTO users (id, login, name, role, password_hash, producer_id, created_at, disabled, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1)',
        )
        .run(id, request.login, request.name, request.role, passwordHash, producerId, this.now());
      this.replaceGroups(id, groupIds);
      this.audit(actor, { id, login: request.login }, 'create', { role: request.role, name: request.name, groupIds, producerId });
    });
    return this.get(id) as ManagedAccount;
  }

  /**
   * The log line of an account created with a password the coordinator chose (POST /api/users). That account is
   * written by accounts.ts in its own transaction, so this line follows it at once rather than within it.
   */
  recordCreated(actor: AdminActor, user: UserRecord, groupIds: readonly string[]): void {
    this.write(() =>
      this.audit(actor, user, 'create', { role: user.role, name: user.name, groupIds: [...groupIds].sort(), producerId: user.producerId }),
    );
  }

  private existing(id: string, role?: Role): UserRow {
    const row = this.userRow(id);
    if (!row) throw notFound(id);
    if (role && row.role !== role) throw new HttpError(400, 'badRequest', `Account ${row.login} is not a ${role} account.`);
    return row;
  }

  setGroups(actor: AdminActor, id: string, groupIds: readonly string[]): ManagedAccount {
    const next = [...new Set(groupIds)].sort();
    this.write(() => {
      const row = this.existing(id, 'animator');
      const from = this.db
        .prepare<[string], { group_id: string }>('SELECT group_id FROM user_groups WHERE user_id = ? ORDER BY group_id')
        .all(id)
        .map((group) => group.group_id);
      this.replaceGroups(id, next);
      this.audit(actor, row, 'groups', { groupIds: { from, to: next } });
    });
    return this.get(id) as ManagedAccount;
  }

  setProducer(actor: AdminActor, id: string, producerId: string): ManagedAccount {
    this.write(() => {
      const row = this.existing(id, 'producer');
      this.db.prepare('UPDATE users SET producer_id = ? WHERE id = ?').run(producerId, id);
      this.audit(actor, row, 'producer', { producerId: { from: row.producer_id, to: producerId } });
    });
    return this.get(id) as ManagedAccount;
  }

  /**
   * Replaces the password (hashed) by one to change at the next login. The account's phones are signed out: a
   * reset is asked for a forgotten or leaked password, and whoever holds the old sessions should not keep them.
   */
  resetPassword(actor: AdminActor, id: string, passwordHash: string): ManagedAccount {
    this.write(() => {
      const row = this.existing(id);
      this.db.prepare('UPDATE users SET password_hash = ?, must_change_password = 1 WHERE id = ?').run(passwordHash, id);
      const revokedSessions = this.revokeSessions(id);
      this.audit(actor, row, 'resetPassword', { revokedSessions });
    });
    return this.get(id) as ManagedAccount;
  }

  /** The account can no longer log in, and its phones are refused at their next sync as signed out. */
  disable(actor: AdminActor, id: string): ManagedAccount {
    if (id === actor.userId) throw new HttpError(400, 'badRequest', 'A coordinator cannot disable their own account.');
    this.write(() => {
      const row = this.existing(id);
      if (row.disabled === 1) throw new HttpError(400, 'badRequest', `Account ${row.login} is already disabled.`);
      this.db.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(id);
      const revokedSessions = this.revokeSessions(id);
      this.audit(actor, row, 'disable', { disabled: { from: false, to: true }, revokedSessions });
    });
    return this.get(id) as ManagedAccount;
  }

  /** The account's own new password (hashed): it may sync again. */
  changePassword(userId: string, passwordHash: string): void {
    this.write(() => {
      this.db.prepare('UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?').run(passwordHash, userId);
    });
  }

  /** The most recent entries first. */
  auditLog(): AuditEntry[] {
    return this.db
      .prepare<[number], AuditRow>(
        'SELECT id, at, actor_login, account_id, account_login, action, changes FROM account_audit ORDER BY id DESC LIMIT ?',
      )
      .all(AUDIT_PAGE)
      .map((row) => ({
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
