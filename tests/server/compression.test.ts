// @vitest-environment node
/**
 * What goes out compressed: the API's answers per the request's Accept-Encoding (and they decode to the same JSON),
 * the build's files as the .br and .gz written once at build (never compressed again per request), and the
 * security headers on all of them. The live channel's own test is in live-events.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress';
import { buildApp } from '../../src/server/app';
import { Accounts } from '../../src/server/auth/accounts';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { signUpArgs } from '../factories/entities';
import { accountWithPhone, bearer, push, type Phone } from '../helpers/auth-app';

const JS = `export const greeting = ${JSON.stringify('bonjour '.repeat(400))};\n`;
const HTML = `<!doctype html><title>shell</title><p>${'Court-circuit '.repeat(200)}</p>`;
// Not text: served as it is, whatever the browser accepts.
const PNG = Buffer.alloc(4096, 7);

let distDir: string;
let app: FastifyInstance;
let store: SqliteStore;
let phone: Phone;

beforeAll(async () => {
  distDir = mkdtempSync(path.join(tmpdir(), 'court-circuit-compress-'));
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(path.join(distDir, 'index.html'), HTML);
  writeFileSync(path.join(distDir, 'assets', 'index-abc123.js'), JS);
  writeFileSync(path.join(distDir, 'assets', 'tiny-abc123.js'), 'export {};');
  writeFileSync(path.join(distDir, 'icon.png'), PNG);
  await precompressDir(distDir);
  store = new SqliteStore(':memory:');
  const accounts = new Accounts(store.accountsDb);
  app = await buildApp({ store, accounts, distDir });
  phone = await accountWithPhone(accounts, { login: 'marie', name: 'Marie', role: 'coordinator' });
  for (let index = 0; index < 30; index += 1) await push(app, phone, 'member.signUp', signUpArgs());
});

afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(distDir, { recursive: true, force: true });
});

const pull = (acceptEncoding: string) =>
  app.inject({
    method: 'GET',
    url: `/api/sync/pull?clientId=${phone.clientId}&cursor=0&limit=2000`,
    headers: { ...bearer(phone.token), 'accept-encoding': acceptEncoding },
  });

/** A pull's body, but for the server's clock, which moves between two requests. */
function pulled(body: Buffer): unknown {
  const { serverTime: _serverTime, ...rest } = JSON.parse(body.toString('utf8')) as { serverTime: number };
  return rest;
}

const get = (url: string, acceptEncoding: string) => app.inject({ method: 'GET', url, headers: { 'accept-encoding': acceptEncoding } });

describe('API answers', () => {
  it('compresses a pull with brotli or gzip, as the phone asks, to the same JSON', async () => {
    const plain = await pull('identity');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = pulled(plain.rawPayload);
    expect(plain.rawPayload.length).toBeGreaterThan(5_000);

    const br = await pull('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(pulled(brotliDecompressSync(br.rawPayload))).toEqual(json);

    const gz = await pull('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(pulled(gunzipSync(gz.rawPayload))).toEqual(json);
  });

  it('keeps the security headers on a compressed answer', async () => {
    const br = await pull('br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-security-policy']).toContain("default-src 'self'");
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('the build’s files', () => {
  it('sends the .br or the .gz written at build, byte for byte', async () => {
    const file = path.join(distDir, 'assets', 'index-abc123.js');
    const br = await get('/assets/index-abc123.js', 'gzip, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-security-policy']).toContain("default-src 'self'");
    expect(br.rawPayload.equals(readFileSync(`${file}.br`))).toBe(true);
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(JS);

    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload.equals(readFileSync(`${file}.gz`))).toBe(true);

    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(JS);
  });

  it('sends the app shell precompressed for a deep link too', async () => {
    const response = await app.inject({ method: 'GET', url: '/members', headers: { accept: 'text/html', 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.rawPayload.equals(readFileSync(path.join(distDir, 'index.html.br')))).toBe(true);
  });

  it('never compresses a file per request: one with no compressed sibling goes out as it is', async () => {
    for (const url of ['/icon.png', '/assets/tiny-abc123.js']) {
      const response = await get(url, 'br, gzip');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBeUndefined();
    }
    expect((await get('/icon.png', 'br')).rawPayload.equals(PNG)).toBe(true);
  });

  it('gives the compressed siblings no address of their own', async () => {
    expect((await get('/assets/index-abc123.js.br', 'identity')).statusCode).toBe(404);
    expect((await get('/index.html.gz', 'identity')).statusCode).toBe(404);
  });
});

describe('precompressDir', () => {
  it('writes a .br and a .gz that decode to each text file of 1 KB or more, and leaves the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'court-circuit-precompress-'));
    try {
      writeFileSync(path.join(dir, 'app.js'), JS);
      writeFileSync(path.join(dir, 'small.css'), 'a{}');
      writeFileSync(path.join(dir, 'photo.png'), PNG);
      const done = await precompressDir(dir);
      expect(done.map((file) => path.basename(file.file))).toEqual(['app.js']);
      expect(brotliDecompressSync(readFileSync(path.join(dir, 'app.js.br'))).toString('utf8')).toBe(JS);
      expect(gunzipSync(readFileSync(path.join(dir, 'app.js.gz'))).toString('utf8')).toBe(JS);
      expect(done[0]?.br).toBeLessThan(JS.length / 10);
      expect(() => readFileSync(path.join(dir, 'small.css.br'))).toThrow();
      expect(() => readFileSync(path.join(dir, 'photo.png.br'))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
