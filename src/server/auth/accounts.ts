/**
 * Accounts, the consumer groups animators run, and device sessions, in the store's database (SQLite file or
 * PostgreSQL, through store/sql-db.ts): every server instance on one database sees the same sessions and
 * revocations. The server keeps only the sha256 of a session token: whoever reads the data cannot open a session.
 */
import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../domain/rows/ids';
import type { Role } from '../../domain/access/account';
import type { SessionUser } from '../../sync/protocol';
import type { SqlDb } from '../store/sql-db';
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

  constructor(
    private readonly db: SqlDb,
    options: AccountsOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.ttl = options.sessionTtlMs ?? SESSION_TTL_MS;
    this.cost = options.passwordCost ?? DEFAULT_COST;
    // Made at the cost of new hashes, so that an unknown login takes as long as a known one.
    this.decoyHash = hashPassword(generatePassword(), this.cost);
  }

  /** Validates with newUserSchema (throws its ZodError) and stores the account with its groups. */
  async createUser(input: NewUser): Promise<UserRecord> {
    const user = newUserSchema.parse(input);
    const passwordHash = await hashPassword(user.password, this.cost);
    const id = newId();
    const createdAt = this.now();
    await this.db.transaction(async (db) => {
      if (await findUserRow(db, user.login)) throw new AccountError('loginTaken', `The login "${user.login}" is already taken.`);
      await db.run(
        'INSERT INTO users (id, login, name, role, password_hash, producer_id, created_at, disabled) VALUES (?, ?, ?, ?, ?, ?, ?, 0)',
        [id, user.login, user.name, user.role, passwordHash, user.producerId, createdAt],
      );
      await replaceGroups(db, id, user.groupIds);
    });
    return { id, login: user.login, name: user.name, role: user.role, producerId: user.producerId, createdAt, disabled: false };
  }

  async groupIdsOf(userId: string): Promise<string[]> {
    const rows = await this.db.all<{ group_id: string }>('SELECT group_id FROM user_groups WHERE user_id = ? ORDER BY group_id', [userId]);
    return rows.map((row) => row.group_id);
  }

  async getUser(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
    return row ? toUser(row) : undefined;
  }

  async hasCoordinator(): Promise<boolean> {
    return (await this.db.get("SELECT 1 AS one FROM users WHERE role = 'coordinator' AND disabled = 0 LIMIT 1")) !== undefined;
  }

  /**
   * The account if the password is right. A wrong password, an unknown or a disabled login cost the same and look the
   * same. A right password stored with less work than new hashes get is hashed again and stored: the only moment the
   * server holds the password to do so.
   */
  async verifyLogin(login: string, password: string): Promise<UserRecord | null> {
    const row = await findUserRow(this.db, login);
    const matches = await verifyPassword(password, row?.password_hash ?? (await this.decoyHash));
    if (!row || !matches || row.disabled === 1) return null;
    if (needsRehash(row.password_hash, this.cost)) {
      const fresh = await hashPassword(password, this.cost);
      // Only if nobody changed the password meanwhile.
      await this.db.run('UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?', [fresh, row.id, row.password_hash]);
    }
    return toUser(row);
  }

  /** The account a device id belongs to: the first that opened a session with it; undefined for a new device. */
  async deviceOwner(clientId: string, db: SqlDb = this.db): Promise<string | undefined> {
    return (await db.get<{ user_id: string }>('SELECT user_id FROM devices WHERE client_id = ?', [clientId]))?.user_id;
  }

  /**
   * A new session for this device; an older live session of the same account on the same device is revoked (one
   * device, one session). A device id belongs to the account that first opened a session with it: another account
   * naming it is refused (AccountError 'deviceTaken') and nothing changes. Device ids travel in every pulled row's
   * clocks, so without this anyone could sign a phone out and share its mutation counter. That counter (store
   * `clients`) stays keyed by device id alone: push and pull only accept the session's own device id, and only the
   * owner opens sessions on it, so the device id already names one (account, device) pair.
   */
  async openSession(userId: string, clientId: string, deviceName: string): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = newId();
    const now = this.now();
    await this.db.transaction(async (db) => {
      // Claimed first, then read: two instances opening the first sessions of one device at once agree on its owner.
      await db.run('INSERT INTO devices (client_id, user_id, first_seen_at) VALUES (?, ?, ?) ON CONFLICT (client_id) DO NOTHING', [
        clientId,
        userId,
        now,
      ]);
      if ((await this.deviceOwner(clientId, db)) !== userId) {
        throw new AccountError('deviceTaken', 'This device id belongs to another account: this phone must sign in under a new one.');
      }
      await db.run('UPDATE sessions SET revoked_at = ? WHERE client_id = ? AND user_id = ? AND revoked_at IS NULL', [
        now,
        clientId,
        userId,
      ]);
      await db.run(
        'INSERT INTO sessions (id, user_id, token_hash, client_id, device_name, created_at, last_seen_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)',
        [sessionId, userId, hashToken(token), clientId, deviceName, now, now, now + this.ttl],
      );
    });
    return { token, sessionId };
  }

  async authenticate(token: string): Promise<AuthResult> {
    if (!TOKEN_PATTERN.test(token)) return { ok: false, code: 'unauthenticated' };
    const found = await this.db.get<SessionRow & { disabled: number; login: string; name: string; role: Role; producer_id: string | null }>(
      'SELECT s.*, u.disabled, u.login, u.name, u.role, u.producer_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?',
      [hashToken(token)],
    );
    if (!found) return { ok: false, code: 'unauthenticated' };
    // A disabled account's phones are treated as revoked: the app shows the same "ask your coordinator" message.
    if (found.revoked_at !== null || found.disabled === 1) return { ok: false, code: 'sessionRevoked' };
    const now = this.now();
    if (found.expires_at <= now) return { ok: false, code: 'sessionExpired' };
    if (now - found.last_seen_at >= TOUCH_EVERY_MS) {
      await this.db.run('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?', [now, now + this.ttl, found.id]);
    }
    const user = sessionUserOf({ id: found.user_id, login: found.login, name: found.name, role: found.role });
    const actor: Actor = {
      userId: found.user_id,
      role: found.role,
      clientId: found.client_id,
      groupIds: found.role === 'animator' ? await this.groupIdsOf(found.user_id) : [],
      producerId: found.role === 'producer' ? found.producer_id : null,
    };
    return { ok: true, actor, user, sessionId: found.id };
  }

  /** Returns false when there is no such session; revoking twice keeps the first date. */
  async revokeSession(sessionId: string): Promise<boolean> {
    const now = this.now();
    return this.db.transaction(async (db) => {
      const exists = (await db.get('SELECT 1 AS one FROM sessions WHERE id = ?', [sessionId])) !== undefined;
      if (exists) await db.run('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now, sessionId]);
      return exists;
    });
  }

  async listSessions(): Promise<DeviceSession[]> {
    const rows = await this.db.all<SessionRow & { login: string; name: string; role: Role }>(
      'SELECT s.*, u.login, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id ORDER BY s.last_seen_at DESC, s.id',
    );
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

  /** The database and clock, shared with the coordinator's administration of accounts (account-admin.ts). */
  get connection(): SqlDb {
    return this.db;
  }

  get clock(): () => number {
    return this.now;
  }
}

function findUserRow(db: SqlDb, login: string): Promise<UserRow | undefined> {
  return db.get<UserRow>('SELECT * FROM users WHERE login = ?', [login.trim()]);
}

/** An animator's groups, replaced as a whole (account-admin.ts changes them too). */
export async function replaceGroups(db: SqlDb, userId: string, groupIds: readonly string[]): Promise<void> {
  await db.run('DELETE FROM user_groups WHERE user_id = ?', [userId]);
  for (const groupId of groupIds) {
    await db.run('INSERT INTO user_groups (user_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [userId, groupId]);
  }
}
