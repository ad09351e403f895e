// @vitest-environment node
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { Accounts } from '../../src/server/auth/accounts';
import { inlineScriptHashes } from '../../src/server/security-headers';
import { SqliteStore } from '../../src/server/store/sqlite-store';

const INLINE = '(function () { window.early = 1; })();';
let distDir: string;
let app: FastifyInstance;
let store: SqliteStore;

beforeAll(async () => {
  distDir = mkdtempSync(path.join(tmpdir(), 'court-circuit-csp-'));
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(
    path.join(distDir, 'index.html'),
    `<!doctype html><script type="module" src="/assets/index-abc.js"></script><script>${INLINE}</script><title>shell</title>`,
  );
  writeFileSync(path.join(distDir, 'assets', 'index-abc.js'), 'console.log("app")');
  store = new SqliteStore(':memory:');
  app = await buildApp({ store, accounts: new Accounts(store.accountsDb), distDir });
});

afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(distDir, { recursive: true, force: true });
});

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('security headers', () => {
  it.each([
    ['the app', '/stand'],
    ['an asset', '/assets/index-abc.js'],
    ['the API', '/api/health'],
    ['an API error', '/api/nothing-here'],
  ])('are on %s', async (_what, url) => {
    const response = await app.inject({ method: 'GET', url });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`script-src 'self' ${sha(INLINE)}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('hashes only the inline scripts of the page, as they are written', () => {
    expect(inlineScriptHashes(`<script src="/a.js"></script><script>${INLINE}</script><script> </script>`)).toEqual([sha(INLINE)]);
  });
});

describe('a malformed address', () => {
  it('is answered in the API’s own shape', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/devices/%E0%A4%A/revoke' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'badRequest', message: 'The address is not a valid URL.' } });
  });
});
