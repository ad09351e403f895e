// @vitest-environment node
/**
 * Two instances on one PostgreSQL database count the same login attempts: an address guessing a password gets the
 * same number of tries whichever instance the balancer sends each attempt to.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { Accounts } from '../../src/server/auth/accounts';
import { PostgresStore } from '../../src/server/store/pg-store';
import { PROTOCOL, TEST_PASSWORD_COST } from '../helpers/auth-app';
import { createTestDatabase } from '../helpers/test-stores';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function twoInstances(shared: boolean): Promise<FastifyInstance[]> {
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const apps: FastifyInstance[] = [];
  for (let index = 0; index < 2; index += 1) {
    const store = await PostgresStore.open(database.url, { poolSize: 2 });
    cleanups.push(() => store.close());
    const accounts = new Accounts(store.accountsDb, { passwordCost: TEST_PASSWORD_COST });
    const app = await buildApp({ store, accounts, loginAttemptsPerMinute: 3, loginLimitsDb: shared ? store.accountsDb : undefined });
    cleanups.push(() => app.close());
    apps.push(app);
  }
  return apps;
}

const attempt = (app: FastifyInstance) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: PROTOCOL,
    remoteAddress: '203.0.113.9',
    payload: { login: 'camille', password: 'not the password', clientId: 'phone-1' },
  });

it('refuses the fourth attempt of a minute, whichever instance each attempt reached', async () => {
  const [a, b] = (await twoInstances(true)) as [FastifyInstance, FastifyInstance];
  const codes = [];
  for (const app of [a, b, a, b, a]) codes.push((await attempt(app)).statusCode);
  expect(codes).toEqual([401, 401, 401, 429, 429]);
});

it('counts per instance when the limits are kept in memory (the control case)', async () => {
  const [a, b] = (await twoInstances(false)) as [FastifyInstance, FastifyInstance];
  const codes = [];
  for (const app of [a, b, a, b]) codes.push((await attempt(app)).statusCode);
  expect(codes).toEqual([401, 401, 401, 401]);
});
