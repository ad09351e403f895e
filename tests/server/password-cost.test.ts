// @vitest-environment node
/** scrypt at the usual minimum (N = 2^17): older, cheaper hashes still sign in and are replaced at that login. */
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_COST, hashPassword, needsRehash, verifyPassword } from '../../src/server/auth/password';
import { PROTOCOL, startAuthApp, type AuthApp } from '../helpers/auth-app';

const PASSWORD = 'correct horse battery';
let t: AuthApp | undefined;
afterEach(async () => t?.close());

const storedHash = (app: AuthApp, login: string) =>
  (app.sqlite.connection.prepare('SELECT password_hash FROM users WHERE login = ?').get(login) as { password_hash: string }).password_hash;

it('hashes new passwords with N = 2^17, r = 8, p = 1 by default', async () => {
  expect(DEFAULT_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
  const hash = await hashPassword(PASSWORD);
  expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', String(2 ** 17), '8', '1']);
  expect(await verifyPassword(PASSWORD, hash)).toBe(true);
  expect(needsRehash(hash)).toBe(false);
});

it('signs in with a 2^15 hash and stores a 2^17 one in its place; a wrong password leaves it alone', async () => {
  // The production cost, as the server starts with: no lower test cost here.
  const app = (t = await startAuthApp({ passwordCost: DEFAULT_COST }));
  await app.accounts.createUser({ login: 'camille', name: 'Camille', role: 'coordinator', password: PASSWORD });
  const old = await hashPassword(PASSWORD, { N: 2 ** 15, r: 8, p: 1 });
  app.sqlite.connection.prepare('UPDATE users SET password_hash = ? WHERE login = ?').run(old, 'camille');
  const login = (password: string) =>
    app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: PROTOCOL,
      payload: { login: 'camille', password, clientId: 'phone-1' },
    });

  expect((await login('not the password')).statusCode).toBe(401);
  expect(storedHash(app, 'camille')).toBe(old);

  expect((await login(PASSWORD)).statusCode).toBe(200);
  const fresh = storedHash(app, 'camille');
  expect(fresh.split('$').slice(0, 4)).toEqual(['scrypt', String(2 ** 17), '8', '1']);
  // Signing in with it proves it holds the same password; it is not replaced again.
  expect((await login(PASSWORD)).statusCode).toBe(200);
  expect(storedHash(app, 'camille')).toBe(fresh);
});
