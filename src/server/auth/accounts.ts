/**
 * Accounts, the consumer groups animators run, and device sessions, in the store's SQLite file. The server keeps
 * only the sha256 of a session token: whoever reads the file cannot open a session with it.
 *
 * It writes on the store's write connection (SQLite has one writer). Its writes are single synchronous
 * statements, so they never land inside a store transaction unless that transaction spans a macrotask, which the
 * store's never do; the guard below turns such a slip into an error instead of a silent rollback.
 */
import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../domain/rows/ids';
import type { Role } from '../../domain/access/account';
import type { SessionUser } from '../../sync/protocol';
import type { Actor } from '../replication/actor';
import { newUserSchema, type NewUser } from './account-schemas';
import { DEFAULT_COST, generatePassword, hashPassword, needsRehash, verifyPassword, type ScryptCost } from './password';

/** A phone must keep its session through a season offline; every contact with the server extends it. */
export const SESSION_TTL_MS = 365 * 24 * 3600 * 1000;
// Writing last_seen_at on every request would double the writes of a busy sync; once a minute is enough to show.
const TOUCH_EVERY_MS = 60 * 1000;

export type SessionFailure = 'unauthenticated' | 'sessionRevoked' | 'sessionExpired';

export interface UserRecord extends SessionUser {
  producerId: string | null;
  createdAt: number;
  disabled: boolean;
}

export interface Session {
  actor: Actor;
  user: SessionUser;
  sessionId: string;
}

export type AuthResult = ({ ok: true } & Session) | { ok: false; code: SessionFailure };

export interface DeviceSession {
  sessionId: string;
  user: SessionUser;
  clientId: string;
  deviceName: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

export class AccountError extends Error {
  constructor(
    readonly reason: 'loginTaken' | 'deviceTaken',
    message: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

interface UserRow {
  id: string;
  login: string;
  name: string;
  role: Role;
  password_hash: string;
  producer_id: string | null;
  created_at: number;
  disabled: number;
}

interface SessionRow {
  id: string;
  user_id: string;
  client_id: string;
  device_name: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  revoked_at: number | null;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    login: row.login,
    name: row.name,
    role: row.role,
    producerId: row.producer_id,
    createdAt: row.created_at,
    disabled: row.disabled === 1,
  };
}

function sessionUserOf(user: Pick<UserRecord, 'id' | 'login' | 'name' | 'role'>): SessionUser {
  return { id: user.id, login: user.login, name: user.name, role: user.role };
}

export interface AccountsOptions {
  now?: () => number;
  sessionTtlMs?: number;
  /** scrypt cost of new hashes (default password.ts DEFAULT_COST); tests pass a lower one to stay fast. */
  passwordCost?: ScryptCost;
}

export class Accounts {
  private readonly now: () => number;
  private readonly ttl: number;
  private readonly cost: ScryptCost;
  // Unknown logins are checked against this, so they cost the same scrypt as a real one.
  private readonly decoyHash: Promise<string>;
  // Every sync request looks its session up: prepared once, not once a request.
  private readonly sessionByToken: Database.Statement<
    [string],
    SessionRow & { disabled: number; login: string; name: string; role: Role; producer_id: string | null }
  >;

  constructor(
    private readonly db: Database.Database,
    options: AccountsOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.ttl = options.sessionTtlMs ?? SESSION_TTL_MS;
    this.cost = options.passwordCost ?? DEFAULT_COST;
    // Made at the cost of new hashes, so that an unknown login takes as long as a known one.
    this.decoyHash = hashPassword(generatePassword(), this.cost);
    this.sessionByToken = db.prepare(
      'SELECT s.*, u.disabled, u.login, u.name, u.role, u.producer_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?',
    );
  }

  private write<T>(fn: () => T): T {
    if (this.db.inTransaction) throw new Error('An account write ran inside an open store transaction.');
    return this.db.transaction(fn)();
  }

  /** Validates with newUserSchema (throws its ZodError) and stores the account with its groups. */
  async createUser(input: NewUser): Promise<UserRecord> {
    const user = newUserSchema.parse(input);
    const passwordHash = await hashPassword(user.password, this.cost);
    const id = newId();
    const createdAt = this.now();
    this.write(() => {
      if (this.findUserRow(user.login)) throw new AccountError('loginTaken', `The login "${user.login}" is already taken.`);
      this.db
        .prepare(
          'INSERT INTO users (id, login, name, role, password_hash, producer_id, created_at, disabled) VALUES (?, ?, ?, ?, ?, ?, ?, 0)',
        )
        .run(id, user.login, user.name, user.role, passwordHash, user.producerId, createdAt);
      this.replaceGroups(id, user.groupIds);
    });
    return { id, login: user.login, name: user.name, role: user.role, producerId: user.producerId, createdAt, disabled: false };
  }

  private replaceGroups(userId: string, groupIds: readonly string[]): void {
    this.db.prepare('DELETE FROM user_groups WHERE user_id = ?').run(userId);
    const insert = this.db.prepare('INSERT OR IGNORE INTO user_groups (user_id, group_id) VALUES (?, ?)');
    for (const groupId of groupIds) insert.run(userId, groupId);
  }

  groupIdsOf(userId: string): string[] {
    return this.db
      .prepare<[string], { group_id: string }>('SELECT group_id FROM user_groups WHERE user_id = ? ORDER BY group_id')
      .all(userId)
      .map((row) => row.group_id);
  }

  getUser(id: string): UserRecord | undefined {
    const row = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(id);
    return row ? toUser(row) : undefined;
  }

  private findUserRow(login: string): UserRow | undefined {
    return this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE login = ?').get(login.trim());
  }

  hasCoordinator(): boolean {
    return this.db.prepare("SELECT 1 FROM users WHERE role = 'coordinator' AND disabled = 0 LIMIT 1").get() !== undefined;
  }

  /**
   * The account if the password is right. A wrong password, an unknown or a disabled login cost the same and look the
   * same. A right password stored with less work than new hashes get is hashed again and stored: the only moment the
   * server holds the password to do so.
   */
  async verifyLogin(login: string, password: string): Promise<UserRecord | null> {
    const row = this.findUserRow(login);
    const matches = await verifyPassword(password, row?.password_hash ?? (await this.decoyHash));
    if (!row || !matches || row.disabled === 1) return null;
    if (needsRehash(row.password_hash, this.cost)) {
      const fresh = await hashPassword(password, this.cost);
      // Only if nobody changed the password meanwhile.
      this.write(() =>
        this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?').run(fresh, row.id, row.password_hash),
      );
    }
    return toUser(row);
  }

  /** The account a device id belongs to: the first that opened a session with it; undefined for a new device. */
  deviceOwner(clientId: string): string | undefined {
    return this.db.prepare<[string], { user_id: string }>('SELECT user_id FROM devices WHERE client_id = ?').get(clientId)?.user_id;
  }

  /**
   * A new session for this device; an older live session of the same account on the same device is revoked (one
   * device, one session). A device id belongs to the account that first opened a session with it: another account
   * naming it is refused (AccountError 'deviceTaken') and nothing changes. Device ids travel in every pulled row's
   * clocks, so without this anyone could sign a phone out and share its mutation counter. That counter (store
   * `clients`) stays keyed by device id alone: push and pull only accept the session's own device id, and only the
   * owner opens sessions on it, so the device id already names one (account, device) pair.
   */
  openSession(userId: string, clientId: string, deviceName: string): { token: string; sessionId: string } {
    const token = randomBytes(32).toString('base64url');
    const sessionId = newId();
    const now = this.now();
    this.write(() => {
      const owner = this.deviceOwner(clientId);
      if (owner !== undefined && owner !== userId) {
        throw new AccountError('deviceTaken', 'This device id belongs to another account: this phone must sign in under a new one.');
      }
      if (owner === undefined) {
        this.db.prepare('INSERT INTO devices (client_id, user_id, first_seen_at) VALUES (?, ?, ?)').run(clientId, userId, now);
      }
      this.db
        .prepare('UPDATE sessions SET revoked_at = ? WHERE client_id = ? AND user_id = ? AND revoked_at IS NULL')
        .run(now, clientId, userId);
      this.db
        .prepare(
          'INSERT INTO sessions (id, user_id, token_hash, client_id, device_name, created_at, last_seen_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)',
        )
        .run(sessionId, userId, hashToken(token), clientId, deviceName, now, now, now + this.ttl);
    });
    return { token, sessionId };
  }

  authenticate(token: string): AuthResult {
    if (!TOKEN_PATTERN.test(token)) return { ok: false, code: 'unauthenticated' };
    const found = this.sessionByToken.get(hashToken(token));
    if (!found) return { ok: false, code: 'unauthenticated' };
    // A disabled account's phones are treated as revoked: the app shows the same "ask your coordinator" message.
    if (found.revoked_at !== null || found.disabled === 1) return { ok: false, code: 'sessionRevoked' };
    const now = this.now();
    if (found.expires_at <= now) return { ok: false, code: 'sessionExpired' };
    if (now - found.last_seen_at >= TOUCH_EVERY_MS && !this.db.inTransaction) {
      this.db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?').run(now, now + this.ttl, found.id);
    }
    const user = sessionUserOf({ id: found.user_id, login: found.login, name: found.name, role: found.role });
    const actor: Actor = {
      userId: found.user_id,
      role: found.role,
      clientId: found.client_id,
      groupIds: found.role === 'animator' ? this.groupIdsOf(found.user_id) : [],
      producerId: found.role === 'producer' ? found.producer_id : null,
    };
    return { ok: true, actor, user, sessionId: found.id };
  }

  /** Returns false when there is no such session; revoking twice keeps the first date. */
  revokeSession(sessionId: string): boolean {
    const now = this.now();
    return this.write(() => {
      const exists = this.db.prepare('SELECT 1 FROM sessions WHERE id = ?').get(sessionId) !== undefined;
      if (exists) this.db.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, sessionId);
      return exists;
    });
  }

  listSessions(): DeviceSession[] {
    const rows = this.db
      .prepare<[], SessionRow & { login: string; name: string; role: Role }>(
        'SELECT s.*, u.login, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id ORDER BY s.last_seen_at DESC, s.id',
      )
      .all();
    return rows.map((row) => ({
      sessionId: row.id,
      user: sessionUserOf({ id: row.user_id, login: row.login, name: row.name, role: row.role }),
      clientId: row.client_id,
      deviceName: row.device_name,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
    }));
  }

  /** The connection and clock, shared with the coordinator's administration of accounts (account-admin.ts). */
  get connection(): Database.Database {
    return this.db;
  }

  get clock(): () => number {
    return this.now;
  }
}
