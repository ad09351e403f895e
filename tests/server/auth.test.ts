// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_TTL_MS, hashToken } from '../../src/server/auth/accounts';
import { ensureCoordinator } from '../../src/server/auth/bootstrap';
import { hashPassword, verifyPassword } from '../../src/server/auth/password';
import type { ErrorResponse, LoginResponse } from '../../src/sync/protocol';
import { signUpArgs } from '../factories/entities';
import { PROTOCOL, accountWithPhone, bearer, push, pullAll, startAuthApp, storeSnapshot, type AuthApp } from '../helpers/auth-app';

const PASSWORD = 'correct horse battery';
let t: AuthApp;

beforeEach(async () => {
  t = await startAuthApp();
});
afterEach(async () => t.close());

function login(body: Record<string, unknown>, headers: Record<string, string> = PROTOCOL) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: body });
}

const errorOf = (response: { json: () => unknown }) => (response.json() as ErrorResponse).error;

describe('passwords', () => {
  it('hashes with scrypt, a random salt and N ≥ 2^15, and verifies only the right password', async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    const [scheme, n, r, p, salt] = first.split('$');
    expect([scheme, Number(n) >= 2 ** 15, r, p]).toEqual(['scrypt', true, '8', '1']);
    expect(Buffer.from(salt as string, 'base64')).toHaveLength(16);
    expect(second).not.toBe(first);
    expect(await verifyPassword(PASSWORD, first)).toBe(true);
    expect(await verifyPassword('correct horse battery!', first)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'plain-text')).toBe(false);
  });
});

describe('login', () => {
  it('opens a session, stores only the sha256 of its token, and answers /me', async () => {
    await t.accounts.createUser({ login: 'camille', name: 'Camille', role: 'animator', password: PASSWORD, groupIds: ['g1'] });
    const response = await login({ login: 'Camille', password: PASSWORD, clientId: 'phone-1', deviceName: 'Pixel de Camille' });
    expect(response.statusCode).toBe(200);
    const body = response.json<LoginResponse>();
    expect(body.user).toMatchObject({ login: 'camille', name: 'Camille', role: 'animator' });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const stored = await t.store.accountsDb.all<{ token_hash: string; client_id: string; device_name: string }>('SELECT * FROM sessions');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ token_hash: hashToken(body.token), client_id: 'phone-1', device_name: 'Pixel de Camille' });
    expect(JSON.stringify(stored)).not.toContain(body.token);
    const users = JSON.stringify(await t.store.accountsDb.all('SELECT * FROM users'));
    expect(users).not.toContain(PASSWORD);

    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(body.token) });
    expect(me.json()).toEqual({ user: body.user, sessionId: body.sessionId, groupIds: ['g1'], producerId: null });
  });

  it('answers a wrong password and an unknown login with the same 401, and opens no session', async () => {
    await t.accounts.createUser({ login: 'camille', name: 'Camille', role: 'animator', password: PASSWORD });
    const wrong = await login({ login: 'camille', password: 'not the password', clientId: 'phone-1' });
    const unknown = await login({ login: 'nobody', password: 'not the password', clientId: 'phone-1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(errorOf(wrong).code).toBe('unauthenticated');
    expect(await t.store.accountsDb.get('SELECT count(*) AS n FROM sessions')).toEqual({ n: 0 });
  });

  it('refuses a malformed login body with a readable 400', async () => {
    const response = await login({ login: 'camille', clientId: 'phone-1' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'badRequest', message: expect.stringContaining('password') });
  });

  it('rate-limits attempts per IP and login: 429 tooManyAttempts after 10 in a minute, other logins unaffected', async () => {
    await t.accounts.createUser({ login: 'camille', name: 'Camille', role: 'animator', password: PASSWORD });
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const response = await login({ login: 'camille', password: `guess number ${attempt}`, clientId: 'phone-x' });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await login({ login: 'camille', password: PASSWORD, clientId: 'phone-x' });
    expect(blocked.statusCode).toBe(429);
    expect(errorOf(blocked).code).toBe('tooManyAttempts');
    const other = await login({ login: 'someone-else', password: 'whatever123', clientId: 'phone-x' });
    expect(other.statusCode).toBe(401);
  });

  it('sends an old app without the protocol header a 426, before looking at the password', async () => {
    const response = await login({ login: 'camille', password: PASSWORD, clientId: 'phone-1' }, {});
    expect(response.statusCode).toBe(426);
    expect(errorOf(response).code).toBe('protocolOutdated');
  });
});

describe('sessions', () => {
  it('refuses missing, malformed, unknown, expired and revoked tokens with 401 and its code, and changes nothing', async () => {
    const phone = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator' });
    const expiring = await accountWithPhone(t.accounts, { login: 'alex', name: 'Alex', role: 'animator' });
    const revoked = await accountWithPhone(t.accounts, { login: 'sam', name: 'Sam', role: 'animator' });
    await t.accounts.revokeSession(revoked.sessionId);
    expect((await push(t.app, phone, 'member.signUp', signUpArgs())).statusCode).toBe(200);
    t.clock.now += SESSION_TTL_MS / 2;
    // Camille's phone synced half a season ago, Alex's never since login: only Alex's session runs out.
    expect((await push(t.app, phone, 'member.signUp', signUpArgs())).statusCode).toBe(200);
    t.clock.now += SESSION_TTL_MS / 2 + 1;
    const before = await storeSnapshot(t.store);

    const cases: [Record<string, string>, string, string][] = [
      [PROTOCOL, 'unauthenticated', phone.clientId],
      [{ ...PROTOCOL, authorization: 'Basic abc' }, 'unauthenticated', phone.clientId],
      [bearer('not-a-token'), 'unauthenticated', phone.clientId],
      [bearer('A'.repeat(43)), 'unauthenticated', phone.clientId],
      [bearer(expiring.token), 'sessionExpired', expiring.clientId],
      [bearer(revoked.token), 'sessionRevoked', revoked.clientId],
    ];
    for (const [headers, code, clientId] of cases) {
      const payload = {
        clientId,
        mutations: [
          { mutationId: 1, name: 'member.signUp', args: signUpArgs(), hlc: `${String(t.clock.now).padStart(15, '0')}-00000-${clientId}` },
        ],
      };
      const pushed = await t.app.inject({ method: 'POST', url: '/api/sync/push', headers, payload });
      expect([pushed.statusCode, errorOf(pushed).code]).toEqual([401, code]);
      const pulled = await t.app.inject({ method: 'GET', url: `/api/sync/pull?clientId=${clientId}&cursor=0`, headers });
      expect([pulled.statusCode, errorOf(pulled).code]).toEqual([401, code]);
    }
    expect(await storeSnapshot(t.store)).toBe(before);
    expect((await pullAll(t.app, phone)).changes).toHaveLength(2);
  });

  it('lets a coordinator list devices and revoke a lost phone, which is told at its next pull', async () => {
    const coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
    const phone = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator' });
    await pullAll(t.app, phone);

    const listedByAnimator = await t.app.inject({ method: 'GET', url: '/api/devices', headers: bearer(phone.token) });
    expect([listedByAnimator.statusCode, errorOf(listedByAnimator).code]).toEqual([403, 'forbidden']);
    const revokedByAnimator = await t.app.inject({
      method: 'POST',
      url: `/api/devices/${coordinator.sessionId}/revoke`,
      headers: bearer(phone.token),
    });
    expect(revokedByAnimator.statusCode).toBe(403);

    const listed = await t.app.inject({ method: 'GET', url: '/api/devices', headers: bearer(coordinator.token) });
    const devices = listed.json<{
      devices: { sessionId: string; deviceName: string; user: { login: string }; revokedAt: number | null }[];
    }>().devices;
    expect(devices.find((d) => d.sessionId === phone.sessionId)).toMatchObject({
      deviceName: 'Téléphone de Camille',
      user: { login: 'camille' },
      revokedAt: null,
    });

    const unknown = await t.app.inject({ method: 'POST', url: '/api/devices/no-such-session/revoke', headers: bearer(coordinator.token) });
    expect(unknown.statusCode).toBe(404);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/devices/${phone.sessionId}/revoke`,
      headers: bearer(coordinator.token),
    });
    expect(revoked.statusCode).toBe(200);

    const next = await t.app.inject({
      method: 'GET',
      url: `/api/sync/pull?clientId=${phone.clientId}&cursor=0`,
      headers: bearer(phone.token),
    });
    expect([next.statusCode, errorOf(next).code]).toEqual([401, 'sessionRevoked']);
    expect((await pullAll(t.app, coordinator)).changes).toEqual([]);
  });

  it('revokes and logs out when sent with a JSON content type and no body, and answers a malformed body with a clear 400 that changes nothing', async () => {
    const coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
    const phone = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator' });
    const tablet = await accountWithPhone(t.accounts, { login: 'sam', name: 'Sam', role: 'animator' });
    const json = (token: string) => ({ ...bearer(token), 'content-type': 'application/json' });
    const revokedIds = async () =>
      (await t.accounts.listSessions())
        .filter((d) => d.revokedAt !== null)
        .map((d) => d.sessionId)
        .sort();

    const malformed = await t.app.inject({
      method: 'POST',
      url: `/api/devices/${phone.sessionId}/revoke`,
      headers: json(coordinator.token),
      payload: '{"oops',
    });
    expect([malformed.statusCode, errorOf(malformed)]).toEqual([400, { code: 'badRequest', message: 'The body is not valid JSON.' }]);
    expect(await revokedIds()).toEqual([]);

    const revoked = await t.app.inject({ method: 'POST', url: `/api/devices/${phone.sessionId}/revoke`, headers: json(coordinator.token) });
    expect([revoked.statusCode, revoked.json()]).toEqual([200, { ok: true }]);
    const withEmptyObject = await t.app.inject({
      method: 'POST',
      url: `/api/devices/${tablet.sessionId}/revoke`,
      headers: json(coordinator.token),
      payload: '{}',
    });
    expect(withEmptyObject.statusCode).toBe(200);
    expect(await revokedIds()).toEqual([phone.sessionId, tablet.sessionId].sort());

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: json(coordinator.token) });
    expect(out.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(coordinator.token) });
    expect(errorOf(me).code).toBe('sessionRevoked');
  });

  it('logs out only its own session, and a new login on a device replaces that device session', async () => {
    await t.accounts.createUser({ login: 'camille', name: 'Camille', role: 'animator', password: PASSWORD });
    const open = async (clientId: string) => (await login({ login: 'camille', password: PASSWORD, clientId })).json<LoginResponse>();
    const first = await open('phone-1');
    const again = await open('phone-1');
    const tablet = await open('tablet-1');
    const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) });
    expect(errorOf(await me(first.token)).code).toBe('sessionRevoked');

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(again.token) });
    expect(out.statusCode).toBe(200);
    expect(errorOf(await me(again.token)).code).toBe('sessionRevoked');
    expect((await me(tablet.token)).statusCode).toBe(200);
  });
});

describe('POST /api/users', () => {
  const create = (token: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/users', headers: bearer(token), payload: payload as object });
  const userCount = async () => (await t.store.accountsDb.get<{ n: number }>('SELECT count(*) AS n FROM users'))?.n ?? 0;

  it('lets a coordinator create accounts, refusing bad bodies with a readable 400 and creating nothing', async () => {
    const coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
    const animator = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator' });
    const valid = { login: 'alex', name: 'Alex', role: 'animator', password: 'a long password' };
    const count = await userCount();

    const bad: [unknown, number, string][] = [
      [{ ...valid, password: 'short' }, 400, 'password'],
      [{ ...valid, role: 'admin' }, 400, 'role'],
      [{ ...valid, login: 'has space' }, 400, 'login'],
      [{ ...valid, role: 'producer' }, 400, 'producerId'],
      [{ ...valid, role: 'coordinator', groupIds: ['g1'] }, 400, 'groupIds'],
      [{ ...valid, groupIds: ['no-such-group'] }, 400, 'no-such-group'],
      [{ ...valid, role: 'producer', producerId: 'no-such-producer' }, 400, 'no-such-producer'],
      [{ ...valid, login: 'CAMILLE' }, 409, 'already taken'],
      [['not', 'an', 'object'], 400, 'account'],
    ];
    for (const [payload, status, mention] of bad) {
      const response = await create(coordinator.token, payload);
      expect([response.statusCode, errorOf(response).message]).toEqual([status, expect.stringContaining(mention)]);
    }
    const byAnimator = await create(animator.token, valid);
    expect([byAnimator.statusCode, errorOf(byAnimator).code]).toEqual([403, 'forbidden']);
    expect(await userCount()).toBe(count);

    const created = await create(coordinator.token, valid);
    expect(created.statusCode).toBe(201);
    expect(await userCount()).toBe(count + 1);
    expect((await login({ login: 'alex', password: 'a long password', clientId: 'phone-alex' })).statusCode).toBe(200);
  });
});

describe('first start', () => {
  it('creates one coordinator with a generated password shown once, and nothing on the next start', async () => {
    const lines: string[] = [];
    const first = await ensureCoordinator(t.accounts, {}, (line) => lines.push(line));
    expect(first).toEqual({ created: true, login: 'coordination', generated: true });
    expect(lines).toHaveLength(1);
    const password = /mot de passe « (.+) » — notez-le, il ne sera plus affiché/.exec(lines[0] as string)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(10);
    expect(await t.accounts.verifyLogin('coordination', password)).toMatchObject({ role: 'coordinator' });

    expect(await ensureCoordinator(t.accounts, {}, (line) => lines.push(line))).toEqual({ created: false });
    expect(lines).toHaveLength(1);
  });

  it('takes the login and password from the environment, never printing the password, and refuses a short one', async () => {
    const lines: string[] = [];
    await expect(ensureCoordinator(t.accounts, { COURT_CIRCUIT_ADMIN_PASSWORD: 'short' }, (line) => lines.push(line))).rejects.toThrow(
      /10 characters/,
    );
    expect(await t.accounts.hasCoordinator()).toBe(false);

    const env = { COURT_CIRCUIT_ADMIN_LOGIN: 'admin-ville', COURT_CIRCUIT_ADMIN_PASSWORD: 'une phrase assez longue' };
    await ensureCoordinator(t.accounts, env, (line) => lines.push(line));
    expect(lines.join('\n')).not.toContain(env.COURT_CIRCUIT_ADMIN_PASSWORD);
    expect(await t.accounts.verifyLogin('admin-ville', env.COURT_CIRCUIT_ADMIN_PASSWORD)).toMatchObject({ role: 'coordinator' });
  });
});

describe('on a real port', () => {
  it('logs in, pushes and pulls over HTTP, and refuses a revoked token', async () => {
    await t.accounts.createUser({ login: 'camille', name: 'Camille', role: 'coordinator', password: PASSWORD });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const post = (url: string, body: unknown, headers: Record<string, string>) =>
      fetch(`${address}${url}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const logged = await post('/api/auth/login', { login: 'camille', password: PASSWORD, clientId: 'phone-http' }, PROTOCOL);
    expect(logged.status).toBe(200);
    const { token, sessionId } = (await logged.json()) as LoginResponse;

    const args = signUpArgs();
    const pushed = await post(
      '/api/sync/push',
      {
        clientId: 'phone-http',
        mutations: [{ mutationId: 1, name: 'member.signUp', args, hlc: `${String(Date.now()).padStart(15, '0')}-00000-phone-http` }],
      },
      bearer(token),
    );
    expect(pushed.status).toBe(200);
    const pulled = await fetch(`${address}/api/sync/pull?clientId=phone-http&cursor=0`, { headers: bearer(token) });
    expect(((await pulled.json()) as { changes: { row: { id: string } }[] }).changes.map((c) => c.row.id)).toEqual([args.id]);

    await t.accounts.revokeSession(sessionId);
    const refused = await fetch(`${address}/api/sync/pull?clientId=phone-http&cursor=0`, { headers: bearer(token) });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as ErrorResponse).error.code).toBe('sessionRevoked');
  });
});
