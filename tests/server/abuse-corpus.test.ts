// @vitest-environment node
/**
 * The project's own abuse corpus: requests an attacker with (or without) an account sends, on authentication,
 * scope, limits and headers. Every one is answered 4xx in the API's error shape, with the security headers, and
 * changes no synced row. (Scope refusals inside a push are in abuse-scope.test.ts, device ids in
 * device-ownership.test.ts, login floods in login-flood.test.ts: this corpus is the HTTP surface.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHlc } from '../../src/domain/rows/hlc';
import { MAX_BODY_BYTES, MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS } from '../../src/sync/protocol';
import { signUpArgs } from '../factories/entities';
import { accountWithPhone, bearer, PROTOCOL, push, startAuthApp, storeSnapshot, type AuthApp, type Phone } from '../helpers/auth-app';

let t: AuthApp;
let coordinator: Phone;
let animator: Phone;
let revoked: Phone;

beforeAll(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
  animator = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator' });
  revoked = await accountWithPhone(t.accounts, { login: 'perdu', name: 'Téléphone perdu', role: 'animator' });
  await t.accounts.revokeSession(revoked.sessionId);
  await push(t.app, coordinator, 'member.signUp', signUpArgs());
});
afterAll(async () => t.close());

interface Attack {
  what: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: () => Record<string, string>;
  payload?: () => unknown;
  status: number;
  code?: string;
}

const mutation = (phone: Phone, mutationId: number) => ({
  mutationId,
  name: 'member.signUp',
  args: signUpArgs(),
  hlc: encodeHlc({ wallMs: Date.now(), counter: mutationId, node: phone.clientId }),
});

const ATTACKS: Attack[] = [
  // Authentication
  { what: 'a push without a token', method: 'POST', url: '/api/sync/push', headers: () => PROTOCOL, payload: () => ({}), status: 401 },
  {
    what: 'a push with a made-up token',
    method: 'POST',
    url: '/api/sync/push',
    headers: () => bearer('x'.repeat(43)),
    payload: () => ({ clientId: 'phone-x', mutations: [] }),
    status: 401,
  },
  {
    what: 'a pull with a revoked session',
    method: 'GET',
    url: '/api/sync/pull?clientId=phone-perdu&cursor=0',
    headers: () => bearer(revoked.token),
    status: 401,
    code: 'sessionRevoked',
  },
  {
    what: 'a pull naming another device than the session’s',
    method: 'GET',
    url: '/api/sync/pull?clientId=phone-coord&cursor=0',
    headers: () => bearer(animator.token),
    status: 403,
  },
  {
    what: 'a push naming another device than the session’s',
    method: 'POST',
    url: '/api/sync/push',
    headers: () => bearer(animator.token),
    payload: () => ({ clientId: coordinator.clientId, mutations: [mutation(coordinator, 99)] }),
    status: 403,
  },
  { what: 'the devices list as an animator', method: 'GET', url: '/api/devices', headers: () => bearer(animator.token), status: 403 },
  {
    what: 'an account created by an animator',
    method: 'POST',
    url: '/api/users',
    headers: () => bearer(animator.token),
    payload: () => ({ login: 'pirate', name: 'Pirate', role: 'coordinator', password: 'correct horse battery' }),
    status: 403,
  },
  {
    what: 'a wrong password',
    method: 'POST',
    url: '/api/auth/login',
    headers: () => PROTOCOL,
    payload: () => ({ login: 'coord', password: 'not the password', clientId: 'phone-y', deviceName: '' }),
    status: 401,
  },
  // Bad input
  {
    what: 'a login that is not an object',
    method: 'POST',
    url: '/api/auth/login',
    headers: () => PROTOCOL,
    payload: () => [1, 2, 3],
    status: 400,
  },
  {
    what: 'a login name of 10,000 characters',
    method: 'POST',
    url: '/api/auth/login',
    headers: () => PROTOCOL,
    payload: () => ({ login: 'a'.repeat(10_000), password: 'x', clientId: 'phone-z', deviceName: '' }),
    status: 400,
  },
  { what: 'a path that cannot be decoded', method: 'GET', url: '/api/sync/%E0%A4%A', headers: () => PROTOCOL, status: 400 },
  // Limits
  {
    what: 'a push larger than the body limit',
    method: 'POST',
    url: '/api/sync/push',
    headers: () => bearer(coordinator.token),
    payload: () => ({ clientId: coordinator.clientId, mutations: [], padding: 'x'.repeat(MAX_BODY_BYTES + 1) }),
    status: 413,
  },
  {
    what: 'a push of more mutations than a push may hold',
    method: 'POST',
    url: '/api/sync/push',
    headers: () => bearer(coordinator.token),
    payload: () => ({
      clientId: coordinator.clientId,
      mutations: Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, (_, i) => mutation(coordinator, 1000 + i)),
    }),
    status: 400,
  },
  {
    what: 'a pull page larger than the server gives',
    method: 'GET',
    url: `/api/sync/pull?clientId=phone-coord&cursor=0&limit=${MAX_PULL_LIMIT + 1}`,
    headers: () => bearer(coordinator.token),
    status: 400,
  },
  {
    what: 'a pull from a negative cursor',
    method: 'GET',
    url: '/api/sync/pull?clientId=phone-coord&cursor=-5',
    headers: () => bearer(coordinator.token),
    status: 400,
  },
];

describe('the abuse corpus', () => {
  for (const attack of ATTACKS) {
    it(`answers ${attack.status} in the API's shape, with the security headers, and changes nothing: ${attack.what}`, async () => {
      const rowsBefore = JSON.parse(await storeSnapshot(t.store))[0];
      const response = await t.app.inject({
        method: attack.method,
        url: attack.url,
        headers: attack.headers?.(),
        ...(attack.payload ? { payload: JSON.stringify(attack.payload()) } : {}),
        ...(attack.payload ? { headers: { ...attack.headers?.(), 'content-type': 'application/json' } } : {}),
      });
      expect(response.statusCode, response.body.slice(0, 300)).toBe(attack.status);
      const body = response.json<{ error?: { code?: unknown; message?: unknown } }>();
      expect(typeof body.error?.code, response.body.slice(0, 300)).toBe('string');
      expect(typeof body.error?.message).toBe('string');
      if (attack.code) expect(body.error?.code).toBe(attack.code);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(JSON.parse(await storeSnapshot(t.store))[0]).toEqual(rowsBefore);
    });
  }
});
