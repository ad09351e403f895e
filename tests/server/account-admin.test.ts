// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, ManagedAccount } from '../../src/domain/access/managed-account';
import type { ErrorResponse, LoginResponse } from '../../src/sync/protocol';
import { groupArgs, producerArgs, signUpArgs } from '../factories/entities';
import { PROTOCOL, accountWithPhone, bearer, push, startAuthApp, type AuthApp, type Phone } from '../helpers/auth-app';

let t: AuthApp;
let coordinator: Phone;
let animatorPhone: Phone;
let producerPhone: Phone;
let refs: { groupA: string; groupB: string; producerA: string; producerB: string };

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coordination', name: 'Coordination', role: 'coordinator' });
  const [groupA, groupB, producerA, producerB] = [groupArgs(), groupArgs(), producerArgs(), producerArgs()];
  for (const group of [groupA, groupB]) expect((await push(t.app, coordinator, 'group.create', group)).outcome?.status).toBe('applied');
  for (const producer of [producerA, producerB])
    expect((await push(t.app, coordinator, 'producer.create', producer)).outcome?.status).toBe('applied');
  refs = { groupA: groupA.id, groupB: groupB.id, producerA: producerA.id, producerB: producerB.id };
  animatorPhone = await accountWithPhone(t.accounts, { login: 'paul', name: 'Paul', role: 'animator', groupIds: [groupA.id] });
  producerPhone = await accountWithPhone(t.accounts, { login: 'ferme', name: 'Ferme', role: 'producer', producerId: producerA.id });
});
afterEach(async () => t.close());

type Method = 'GET' | 'POST';
function call(method: Method, url: string, token: string, payload?: unknown) {
  return t.app.inject({ method, url, headers: bearer(token), ...(payload === undefined ? {} : { payload: payload as object }) });
}
const errorOf = (response: { json: () => unknown }) => (response.json() as ErrorResponse).error;
const accountsSnapshot = () =>
  JSON.stringify(
    ['users', 'user_groups', 'sessions', 'account_audit'].map((table) => t.sqlite.connection.prepare(`SELECT * FROM ${table}`).all()),
  );
const auditOf = async () => (await call('GET', '/api/accounts/audit', coordinator.token)).json<{ entries: AuditEntry[] }>().entries;
const login = (loginName: string, password: string, clientId: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', headers: PROTOCOL, payload: { login: loginName, password, clientId } });

describe('coordinator-only', () => {
  const endpoints: [Method, string, (ids: { animator: string }) => string, unknown][] = [
    ['GET', 'accounts', () => '/api/accounts', undefined],
    ['GET', 'accounts/audit', () => '/api/accounts/audit', undefined],
    ['POST', 'accounts', () => '/api/accounts', { role: 'coordinator', login: 'nouvelle', name: 'Nouvelle' }],
    ['POST', 'accounts/:id/groups', (ids) => `/api/accounts/${ids.animator}/groups`, { groupIds: ['x'] }],
    ['POST', 'accounts/:id/producer', (ids) => `/api/accounts/${ids.animator}/producer`, { producerId: 'x' }],
    ['POST', 'accounts/:id/reset-password', (ids) => `/api/accounts/${ids.animator}/reset-password`, undefined],
    ['POST', 'accounts/:id/disable', (ids) => `/api/accounts/${ids.animator}/disable`, undefined],
  ];
  it.each(endpoints)(
    '%s /api/%s: 403 for an animator and a producer, 401 without a session, nothing changed',
    async (method, _label, url, body) => {
      const before = accountsSnapshot();
      const path = url({ animator: animatorPhone.userId });
      for (const phone of [animatorPhone, producerPhone]) {
        const response = await call(method, path, phone.token, body);
        expect(response.statusCode).toBe(403);
        expect(errorOf(response).code).toBe('forbidden');
      }
      const anonymous = await t.app.inject({
        method,
        url: path,
        headers: PROTOCOL,
        ...(body === undefined ? {} : { payload: body as object }),
      });
      expect(anonymous.statusCode).toBe(401);
      expect(accountsSnapshot()).toBe(before);
    },
  );
});

describe('list', () => {
  it('lists each account with its role, groups, producer link, state and devices with their last sync', async () => {
    const response = await call('GET', '/api/accounts', coordinator.token);
    expect(response.statusCode).toBe(200);
    const accounts = response.json<{ accounts: ManagedAccount[] }>().accounts;
    expect(accounts.map((a) => a.login)).toEqual(['coordination', 'ferme', 'paul']);
    const paul = accounts.find((a) => a.login === 'paul');
    expect(paul).toMatchObject({ role: 'animator', groupIds: [refs.groupA], producerId: null, disabled: false, mustChangePassword: false });
    expect(paul?.devices).toEqual([
      {
        sessionId: animatorPhone.sessionId,
        clientId: animatorPhone.clientId,
        deviceName: 'Téléphone de Paul',
        lastSeenAt: t.clock.now,
        revokedAt: null,
      },
    ]);
    expect(accounts.find((a) => a.login === 'ferme')).toMatchObject({ role: 'producer', producerId: refs.producerA, groupIds: [] });
  });

  it("moves a device's last sync forward on a pull, at most once a minute", async () => {
    const start = t.clock.now;
    const pull = () =>
      t.app.inject({
        method: 'GET',
        url: `/api/sync/pull?clientId=${animatorPhone.clientId}&cursor=0`,
        headers: bearer(animatorPhone.token),
      });
    const lastSeen = async () =>
      (await call('GET', '/api/accounts', coordinator.token))
        .json<{ accounts: ManagedAccount[] }>()
        .accounts.find((a) => a.login === 'paul')?.devices[0]?.lastSeenAt;
    t.clock.now = start + 30_000;
    expect((await pull()).statusCode).toBe(200);
    expect(await lastSeen()).toBe(start);
    t.clock.now = start + 61_000;
    expect((await pull()).statusCode).toBe(200);
    expect(await lastSeen()).toBe(start + 61_000);
  });
});

describe('password change', () => {
  it('lets a session try 5 current passwords in 15 minutes, then refuses even the right one and changes nothing', async () => {
    const created = await call('POST', '/api/accounts', coordinator.token, {
      role: 'animator',
      login: 'noe',
      name: 'Noé',
      groupIds: [refs.groupB],
    });
    const { oneTimePassword } = created.json<{ oneTimePassword: string }>();
    const session = (await login('noe', oneTimePassword, 'phone-noe')).json<LoginResponse>();
    const change = (currentPassword: string) =>
      call('POST', '/api/auth/password', session.token, { currentPassword, newPassword: 'un mot de passe à moi' });
    for (let n = 0; n < 5; n += 1) expect((await change(`essai ${n}`)).statusCode).toBe(400);
    const refused = await change(oneTimePassword);
    expect(refused.statusCode).toBe(429);
    expect(errorOf(refused).code).toBe('tooManyAttempts');
    expect((await login('noe', 'un mot de passe à moi', 'phone-noe')).statusCode).toBe(401);
    // Another session of the coordinator's is not held back by this one.
    const own = await call('POST', '/api/auth/password', coordinator.token, { currentPassword: 'faux', newPassword: 'x'.repeat(12) });
    expect(own.statusCode).toBe(400);
  });
});

describe('create', () => {
  it('creates an animator with its groups and a one-time password to change at first login; sync waits for the change', async () => {
    const response = await call('POST', '/api/accounts', coordinator.token, {
      role: 'animator',
      login: 'lea',
      name: 'Léa Martin',
      groupIds: [refs.groupB],
    });
    expect(response.statusCode).toBe(201);
    const { account, oneTimePassword } = response.json<{ account: ManagedAccount; oneTimePassword: string }>();
    expect(oneTimePassword).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(account).toMatchObject({ login: 'lea', role: 'animator', groupIds: [refs.groupB], mustChangePassword: true, devices: [] });
    expect(accountsSnapshot()).not.toContain(oneTimePassword);

    const signedIn = await login('lea', oneTimePassword, 'phone-lea');
    expect(signedIn.statusCode).toBe(200);
    const session = signedIn.json<LoginResponse>();
    expect(session.user).toMatchObject({ mustChangePassword: true, groupIds: [refs.groupB] });
    const pull = () => t.app.inject({ method: 'GET', url: '/api/sync/pull?clientId=phone-lea&cursor=0', headers: bearer(session.token) });
    const refused = await pull();
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('passwordChangeRequired');

    const change = (body: unknown) => call('POST', '/api/auth/password', session.token, body);
    expect((await change({ currentPassword: 'wrong one', newPassword: 'un mot de passe à moi' })).statusCode).toBe(400);
    expect((await change({ currentPassword: oneTimePassword, newPassword: 'court' })).statusCode).toBe(400);
    expect((await change({ currentPassword: oneTimePassword, newPassword: oneTimePassword })).statusCode).toBe(400);
    expect((await pull()).statusCode).toBe(403);
    expect((await change({ currentPassword: oneTimePassword, newPassword: 'un mot de passe à moi' })).statusCode).toBe(200);
    expect((await pull()).statusCode).toBe(200);
    expect((await login('lea', oneTimePassword, 'phone-lea')).statusCode).toBe(401);
    const again = await login('lea', 'un mot de passe à moi', 'phone-lea');
    expect(again.json<LoginResponse>().user.mustChangePassword).toBe(false);

    const [entry] = await auditOf();
    expect(entry).toMatchObject({
      actorLogin: 'coordination',
      accountLogin: 'lea',
      action: 'create',
      changes: { role: 'animator', groupIds: [refs.groupB], producerId: null },
    });
  });

  it('creates a producer linked to an existing producer, and a coordinator', async () => {
    const producer = await call('POST', '/api/accounts', coordinator.token, {
      role: 'producer',
      login: 'verger',
      name: 'Le Verger',
      producerId: refs.producerB,
    });
    expect(producer.statusCode).toBe(201);
    expect(producer.json<{ account: ManagedAccount }>().account).toMatchObject({ role: 'producer', producerId: refs.producerB });
    const second = await call('POST', '/api/accounts', coordinator.token, { role: 'coordinator', login: 'marie', name: 'Marie' });
    expect(second.statusCode).toBe(201);
    expect((await auditOf()).map((e) => [e.action, e.accountLogin])).toEqual([
      ['create', 'marie'],
      ['create', 'verger'],
    ]);
  });

  it('logs an account created with a chosen password through POST /api/users too', async () => {
    const payload = { login: 'anna', name: 'Anna', role: 'animator', password: 'correct horse battery', groupIds: [refs.groupA] };
    expect((await call('POST', '/api/users', coordinator.token, payload)).statusCode).toBe(201);
    const [entry] = await auditOf();
    expect(entry).toMatchObject({
      actorLogin: 'coordination',
      accountLogin: 'anna',
      action: 'create',
      changes: { groupIds: [refs.groupA] },
    });
    expect(JSON.stringify(entry)).not.toContain('correct horse battery');
  });

  it.each([
    ['an unknown role', { role: 'admin', login: 'x1', name: 'X' }, 400],
    ['a login with a space', { role: 'coordinator', login: 'a b', name: 'X' }, 400],
    ['an animator without groups', { role: 'animator', login: 'x2', name: 'X', groupIds: [] }, 400],
    ['an animator with an unknown group', { role: 'animator', login: 'x3', name: 'X', groupIds: ['no-such-group'] }, 400],
    ['a producer without its producer', { role: 'producer', login: 'x4', name: 'X' }, 400],
    ['a producer linked to no producer', { role: 'producer', login: 'x5', name: 'X', producerId: 'no-such-producer' }, 400],
    ['a coordinator with groups', { role: 'coordinator', login: 'x6', name: 'X', groupIds: ['g'] }, 400],
    ['a password given by the coordinator', { role: 'coordinator', login: 'x7', name: 'X', password: 'secret secret' }, 400],
    ['a taken login (any case)', { role: 'coordinator', login: 'PAUL', name: 'X' }, 409],
  ])('refuses %s, and changes nothing', async (_what, body, status) => {
    const before = accountsSnapshot();
    const response = await call('POST', '/api/accounts', coordinator.token, body);
    expect(response.statusCode).toBe(status);
    expect(errorOf(response).code).toBe('badRequest');
    expect(accountsSnapshot()).toBe(before);
  });
});

describe('groups and producer link', () => {
  it("changes an animator's groups, audited from and to", async () => {
    const response = await call('POST', `/api/accounts/${animatorPhone.userId}/groups`, coordinator.token, {
      groupIds: [refs.groupB, refs.groupA],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ account: ManagedAccount }>().account.groupIds).toEqual([refs.groupA, refs.groupB].sort());
    expect(await t.accounts.groupIdsOf(animatorPhone.userId)).toEqual([refs.groupA, refs.groupB].sort());
    expect((await auditOf())[0]).toMatchObject({
      action: 'groups',
      changes: { groupIds: { from: [refs.groupA], to: [refs.groupA, refs.groupB].sort() } },
    });
  });

  it("changes a producer's link", async () => {
    const response = await call('POST', `/api/accounts/${producerPhone.userId}/producer`, coordinator.token, {
      producerId: refs.producerB,
    });
    expect(response.statusCode).toBe(200);
    expect((await t.accounts.getUser(producerPhone.userId))?.producerId).toBe(refs.producerB);
    expect((await auditOf())[0]).toMatchObject({
      action: 'producer',
      changes: { producerId: { from: refs.producerA, to: refs.producerB } },
    });
  });

  it.each([
    ['groups of an unknown account', () => `/api/accounts/no-such-account/groups`, () => ({ groupIds: [refs.groupA] }), 404],
    ['groups of a producer account', () => `/api/accounts/${producerPhone.userId}/groups`, () => ({ groupIds: [refs.groupA] }), 400],
    ['no groups', () => `/api/accounts/${animatorPhone.userId}/groups`, () => ({ groupIds: [] }), 400],
    ['an unknown group', () => `/api/accounts/${animatorPhone.userId}/groups`, () => ({ groupIds: ['nope'] }), 400],
    ['groups as a string', () => `/api/accounts/${animatorPhone.userId}/groups`, () => ({ groupIds: 'g' }), 400],
    ['link of an unknown account', () => `/api/accounts/no-such-account/producer`, () => ({ producerId: refs.producerB }), 404],
    ['link of an animator', () => `/api/accounts/${animatorPhone.userId}/producer`, () => ({ producerId: refs.producerB }), 400],
    ['a link to no producer', () => `/api/accounts/${producerPhone.userId}/producer`, () => ({ producerId: 'nope' }), 400],
  ])('refuses %s, and changes nothing', async (_what, url, body, status) => {
    const before = accountsSnapshot();
    const response = await call('POST', url(), coordinator.token, body());
    expect(response.statusCode).toBe(status);
    expect(errorOf(response).code).toBe(status === 404 ? 'notFound' : 'badRequest');
    expect(accountsSnapshot()).toBe(before);
  });
});

describe('reset password', () => {
  it('gives a new one-time password once, signs the phones out, and the old password no longer opens a session', async () => {
    const response = await call('POST', `/api/accounts/${animatorPhone.userId}/reset-password`, coordinator.token);
    expect(response.statusCode).toBe(200);
    const { oneTimePassword, account } = response.json<{ oneTimePassword: string; account: ManagedAccount }>();
    expect(account.mustChangePassword).toBe(true);
    expect(account.devices.every((d) => d.revokedAt !== null)).toBe(true);
    expect(accountsSnapshot()).not.toContain(oneTimePassword);
    expect((await login('paul', 'correct horse battery', 'phone-paul')).statusCode).toBe(401);
    expect((await login('paul', oneTimePassword, 'phone-paul')).statusCode).toBe(200);
    const [entry] = await auditOf();
    expect(entry).toMatchObject({ action: 'resetPassword', accountLogin: 'paul', changes: { revokedSessions: 1 } });
    expect(JSON.stringify(entry)).not.toContain(oneTimePassword);
  });

  it('answers 404 for an unknown account and 400 for a malformed id', async () => {
    expect((await call('POST', '/api/accounts/no-such-account/reset-password', coordinator.token)).statusCode).toBe(404);
    expect((await call('POST', `/api/accounts/${'x'.repeat(65)}/reset-password`, coordinator.token)).statusCode).toBe(400);
    expect(await auditOf()).toEqual([]);
  });
});

describe('disable', () => {
  it('revokes the sessions, refuses the phone at its next sync as signed out, and refuses its login', async () => {
    const response = await call('POST', `/api/accounts/${animatorPhone.userId}/disable`, coordinator.token);
    expect(response.statusCode).toBe(200);
    expect(response.json<{ account: ManagedAccount }>().account).toMatchObject({ disabled: true });
    const pushed = await push(t.app, animatorPhone, 'member.signUp', signUpArgs());
    expect(pushed.statusCode).toBe(401);
    expect(pushed.body).toMatchObject({ error: { code: 'sessionRevoked' } });
    expect((await login('paul', 'correct horse battery', 'phone-paul-2')).statusCode).toBe(401);
    expect((await auditOf())[0]).toMatchObject({ action: 'disable', accountLogin: 'paul', changes: { revokedSessions: 1 } });
  });

  it('refuses to disable oneself, an account twice, or an unknown account, and changes nothing', async () => {
    expect((await call('POST', `/api/accounts/${animatorPhone.userId}/disable`, coordinator.token)).statusCode).toBe(200);
    const before = accountsSnapshot();
    expect((await call('POST', `/api/accounts/${coordinator.userId}/disable`, coordinator.token)).statusCode).toBe(400);
    expect((await call('POST', `/api/accounts/${animatorPhone.userId}/disable`, coordinator.token)).statusCode).toBe(400);
    expect((await call('POST', '/api/accounts/no-such-account/disable', coordinator.token)).statusCode).toBe(404);
    expect(accountsSnapshot()).toBe(before);
  });
});

it('a coordinator holding a one-time password must change it before administering accounts', async () => {
  const created = await call('POST', '/api/accounts', coordinator.token, { role: 'coordinator', login: 'marie', name: 'Marie' });
  const { oneTimePassword } = created.json<{ oneTimePassword: string }>();
  const session = (await login('marie', oneTimePassword, 'phone-marie')).json<LoginResponse>();
  const refused = await call('GET', '/api/accounts', session.token);
  expect(refused.statusCode).toBe(403);
  expect(errorOf(refused).code).toBe('passwordChangeRequired');
});
