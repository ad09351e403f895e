// @vitest-environment node
/**
 * A device id belongs to the account that first signed in with it. Device ids travel in every pulled row's clocks:
 * another account naming one must neither sign that phone out nor share its mutation counter.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorResponse, LoginResponse } from '../../src/sync/protocol';
import { SQLITE_MIGRATIONS } from '../../src/server/store/sqlite-migrations';
import { migrate, openSqliteDatabase, SqliteStore } from '../../src/server/store/sqlite-store';
import { Accounts } from '../../src/server/auth/accounts';
import { signUpArgs } from '../factories/entities';
import {
  PROTOCOL,
  TEST_PASSWORD_COST,
  accountWithPhone,
  bearer,
  push,
  pullAll,
  startAuthApp,
  storeSnapshot,
  type AuthApp,
} from '../helpers/auth-app';

const PASSWORD = 'correct horse battery';
let t: AuthApp;

beforeEach(async () => {
  t = await startAuthApp();
});
afterEach(async () => t.close());

const login = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/auth/login', headers: PROTOCOL, payload: body });
const sessionsTable = () => JSON.stringify(t.sqlite.connection.prepare('SELECT * FROM sessions ORDER BY id').all());

describe('a device id belongs to the account that first used it', () => {
  it('refuses another account signing in with it (409 deviceTaken), revokes nothing, and keeps the owner’s counter', async () => {
    const animator = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator', groupIds: [] });
    await t.accounts.createUser({ login: 'pierre', name: 'Pierre', role: 'animator', password: PASSWORD, groupIds: [] });
    expect((await push(t.app, animator, 'member.signUp', signUpArgs())).outcome?.status).toBe('applied');
    const before = [await storeSnapshot(t.store), sessionsTable()];

    // Another account read the animator's device id in a pulled row's clocks.
    const stolen = await login({ login: 'pierre', password: PASSWORD, clientId: animator.clientId, deviceName: 'x' });
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json<ErrorResponse>().error.code).toBe('deviceTaken');
    expect([await storeSnapshot(t.store), sessionsTable()]).toEqual(before);

    // The animator's phone was not signed out, and its next mutation is applied, not taken for a resend.
    const member = signUpArgs();
    const next = await push(t.app, animator, 'member.signUp', member);
    expect(next.body.lastMutationId).toBe(2);
    expect(next.outcome?.status).toBe('applied');
    expect((await pullAll(t.app, animator)).changes.map((change) => change.row.id)).toContain(member.id);
  });

  it('lets the owner sign in again on it: only that account’s older session of the device is revoked', async () => {
    await t.accounts.createUser({ login: 'camille', name: 'Camille', role: 'coordinator', password: PASSWORD });
    const first = await login({ login: 'camille', password: PASSWORD, clientId: 'phone-1', deviceName: 'Pixel' });
    const tablet = await login({ login: 'camille', password: PASSWORD, clientId: 'tablet-1', deviceName: 'Tablette' });
    const again = await login({ login: 'CAMILLE', password: PASSWORD, clientId: 'phone-1', deviceName: 'Pixel' });
    expect([first.statusCode, tablet.statusCode, again.statusCode]).toEqual([200, 200, 200]);
    const me = (response: typeof first) =>
      t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(response.json<LoginResponse>().token) });
    expect((await me(first)).json<ErrorResponse>().error.code).toBe('sessionRevoked');
    expect((await me(tablet)).statusCode).toBe(200);
    expect((await me(again)).statusCode).toBe(200);
  });

  it('keeps the first account of a device id two accounts shared before the rule, and revokes the other’s live sessions', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-devices-'));
    const file = path.join(dir, 'data.sqlite');
    try {
      const old = openSqliteDatabase(file);
      migrate(old, SQLITE_MIGRATIONS.slice(0, 4));
      const user = old.prepare(
        "INSERT INTO users (id, login, name, role, password_hash, producer_id, created_at, disabled) VALUES (?, ?, ?, 'animator', 'x', NULL, 0, 0)",
      );
      user.run('u-animator', 'camille', 'Camille');
      user.run('u-producer', 'pierre', 'Pierre');
      const session = old.prepare(
        "INSERT INTO sessions (id, user_id, token_hash, client_id, device_name, created_at, last_seen_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, '', ?, ?, 9e15, ?)",
      );
      session.run('s1', 'u-animator', 'h1', 'phone-a', 100, 100, 200);
      session.run('s2', 'u-producer', 'h2', 'phone-a', 200, 200, null);
      session.run('s3', 'u-producer', 'h3', 'phone-p', 50, 50, null);
      old.close();

      const store = new SqliteStore(file);
      try {
        const db = store.connection;
        expect(db.prepare('SELECT client_id, user_id FROM devices ORDER BY client_id').all()).toEqual([
          { client_id: 'phone-a', user_id: 'u-animator' },
          { client_id: 'phone-p', user_id: 'u-producer' },
        ]);
        const revoked = db.prepare('SELECT id, revoked_at FROM sessions ORDER BY id').all() as { id: string; revoked_at: number | null }[];
        expect(revoked.map((row) => [row.id, row.revoked_at === null])).toEqual([
          ['s1', false],
          ['s2', false],
          ['s3', true],
        ]);
        expect(revoked[0]?.revoked_at).toBe(200);
        const accounts = new Accounts(store.accountsDb, { passwordCost: TEST_PASSWORD_COST });
        await expect(accounts.openSession('u-producer', 'phone-a', '')).rejects.toThrow(/another account/);
        expect((await accounts.openSession('u-animator', 'phone-a', '')).token).toBeTruthy();
      } finally {
        void store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
