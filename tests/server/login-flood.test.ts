// @vitest-environment node
/**
 * A flood of logins must not slow everyone: logins are limited per client address whatever the login, password
 * checks wait in a small bounded queue (429 beyond, without hashing), and behind a reverse proxy the client's own
 * address is counted when TRUST_PROXY says so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../src/server/server';
import { readTrustProxy } from '../../src/server/trust-proxy';
import type { ErrorResponse } from '../../src/sync/protocol';
import { PROTOCOL, startAuthApp, type AuthApp } from '../helpers/auth-app';

let t: AuthApp | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
  t = undefined;
});

function login(app: AuthApp, name: string, options: { remoteAddress?: string; headers?: Record<string, string> } = {}) {
  return app.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { ...PROTOCOL, ...options.headers },
    remoteAddress: options.remoteAddress,
    payload: { login: name, password: 'not the password', clientId: 'phone-1' },
  });
}

const codeOf = (response: { json: () => unknown }) => (response.json() as ErrorResponse).error.code;

describe('logins per client address', () => {
  it('answers 429 tooManyAttempts with Retry-After after 30 logins from one address, whatever the logins; other addresses go on', async () => {
    const app = (t = await startAuthApp());
    for (let attempt = 1; attempt <= 30; attempt += 1) {
      expect((await login(app, `made-up-${attempt}`, { remoteAddress: '203.0.113.7' })).statusCode).toBe(401);
    }
    const blocked = await login(app, 'made-up-31', { remoteAddress: '203.0.113.7' });
    expect(blocked.statusCode).toBe(429);
    expect(codeOf(blocked)).toBe('tooManyAttempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(app, 'made-up-31', { remoteAddress: '198.51.100.2' })).statusCode).toBe(401);
  });

  it('takes its limit from the deps', async () => {
    const app = (t = await startAuthApp({ loginAttemptsPerAddressPerMinute: 3 }));
    const answers = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) answers.push((await login(app, `made-up-${attempt}`)).statusCode);
    expect(answers).toEqual([401, 401, 401, 429]);
  });

  it('ignores X-Forwarded-For by default, and counts the forwarded address with trustProxy', async () => {
    const forwarded = (n: number) => ({ remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': `203.0.113.${n}` } });
    const direct = (t = await startAuthApp({ loginAttemptsPerAddressPerMinute: 2 }));
    const directAnswers = [];
    for (let n = 1; n <= 3; n += 1) directAnswers.push((await login(direct, `someone-${n}`, forwarded(n))).statusCode);
    expect(directAnswers).toEqual([401, 401, 429]);
    await direct.close();

    const proxied = (t = await startAuthApp({ loginAttemptsPerAddressPerMinute: 2, trustProxy: '127.0.0.1' }));
    const proxiedAnswers = [];
    for (let n = 1; n <= 3; n += 1) proxiedAnswers.push((await login(proxied, `someone-${n}`, forwarded(n))).statusCode);
    expect(proxiedAnswers).toEqual([401, 401, 401]);
  });

  it('reads TRUST_PROXY: off unless set; true, or the proxies’ addresses; anything else stops the start', () => {
    expect([undefined, '', '0', 'false', ' FALSE '].map(readTrustProxy)).toEqual([false, false, false, false, false]);
    expect(['1', 'true', 'TRUE'].map(readTrustProxy)).toEqual([true, true, true]);
    expect(readTrustProxy('127.0.0.1, 10.0.0.0/8,::1')).toBe('127.0.0.1,10.0.0.0/8,::1');
    expect(() => readTrustProxy('yes please')).toThrow(/TRUST_PROXY/);
  });

  it('takes TRUST_PROXY and COURT_CIRCUIT_LOGINS_PER_ADDRESS from the server’s environment, and refuses a bad one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cc-proxy-'));
    const start = (env: Record<string, string>) =>
      startServer({
        dataFile: path.join(dir, 'data.sqlite'),
        host: '127.0.0.1',
        port: 0,
        env: { COURT_CIRCUIT_DEMO: '0', COURT_CIRCUIT_ADMIN_PASSWORD: 'correct horse battery', ...env },
        say: () => undefined,
      });
    try {
      await expect(start({ TRUST_PROXY: 'yes please' })).rejects.toThrow(/TRUST_PROXY/);
      await expect(start({ COURT_CIRCUIT_LOGINS_PER_ADDRESS: 'lots' })).rejects.toThrow(/COURT_CIRCUIT_LOGINS_PER_ADDRESS/);
      const server = await start({ TRUST_PROXY: '127.0.0.1', COURT_CIRCUIT_LOGINS_PER_ADDRESS: '1' });
      try {
        const answers = [];
        for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.2']) {
          const response = await server.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            headers: { ...PROTOCOL, 'x-forwarded-for': client },
            remoteAddress: '127.0.0.1',
            payload: { login: 'nobody', password: 'not the password', clientId: 'phone-1' },
          });
          answers.push(response.statusCode);
        }
        expect(answers).toEqual([401, 401, 429]);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the password check queue', () => {
  it('runs at most 2 checks, lets 3 wait, and answers the others 429 at once without checking them', async () => {
    const app = (t = await startAuthApp({ passwordChecks: { concurrent: 2, waiting: 3 } }));
    const verify = app.accounts.verifyLogin.bind(app.accounts);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let running = 0;
    let most = 0;
    const spy = vi.spyOn(app.accounts, 'verifyLogin').mockImplementation(async (name, password) => {
      running += 1;
      most = Math.max(most, running);
      await gate;
      const result = await verify(name, password);
      running -= 1;
      return result;
    });

    const early: number[] = [];
    const answers = Array.from({ length: 10 }, (_, n) =>
      login(app, `made-up-${n}`).then((response) => {
        early.push(response.statusCode);
        return response;
      }),
    );
    // The five refused ones are answered while the others still wait for the gate.
    await vi.waitFor(() => expect(early).toHaveLength(5), { timeout: 2000 });
    expect(early).toEqual([429, 429, 429, 429, 429]);
    release();
    const all = await Promise.all(answers);
    const refused = all.filter((response) => response.statusCode === 429);
    expect(refused).toHaveLength(5);
    for (const response of refused) {
      expect(codeOf(response)).toBe('tooManyAttempts');
      expect(response.headers['retry-after']).toBe('2');
    }
    expect(all.filter((response) => response.statusCode === 401)).toHaveLength(5);
    expect(spy).toHaveBeenCalledTimes(5);
    expect(most).toBe(2);
    // Once drained, the queue takes logins again.
    expect((await login(app, 'after-the-flood')).statusCode).toBe(401);
  });

  it('checks an unknown login against a decoy hash: it costs about as much as a wrong password', async () => {
    const app = (t = await startAuthApp({ passwordCost: { N: 2 ** 14, r: 8, p: 1 } }));
    await app.accounts.createUser({ login: 'camille', name: 'Camille', role: 'coordinator', password: 'correct horse battery' });
    await app.accounts.verifyLogin('warm-up', 'x');
    const once = async (name: string) => {
      const start = performance.now();
      expect(await app.accounts.verifyLogin(name, 'not the password')).toBeNull();
      return performance.now() - start;
    };
    // Interleaved, so that a busy machine slows both alike; without the decoy an unknown login takes no time at all.
    const samples = { known: [] as number[], unknown: [] as number[] };
    for (let round = 0; round < 5; round += 1) {
      samples.known.push(await once('camille'));
      samples.unknown.push(await once('nobody-by-this-name'));
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[2] as number;
    const [known, unknown] = [median(samples.known), median(samples.unknown)];
    expect(unknown).toBeGreaterThan(known / 3);
  });
});
