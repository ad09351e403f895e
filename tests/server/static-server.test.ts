// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { Accounts } from '../../src/server/auth/accounts';
import { isAppNavigation } from '../../src/server/static-server';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/sync/protocol';

let distDir: string;
let app: FastifyInstance;
let store: SqliteStore;

beforeAll(async () => {
  distDir = mkdtempSync(path.join(tmpdir(), 'court-circuit-dist-'));
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>shell</title>');
  writeFileSync(path.join(distDir, 'sw.js'), 'self.addEventListener("install", () => {});');
  writeFileSync(path.join(distDir, 'manifest.webmanifest'), '{"name":"Court-circuit"}');
  writeFileSync(path.join(distDir, 'assets', 'index-abc123.js'), 'console.log("app")');
  store = new SqliteStore(':memory:');
  app = await buildApp({ store, accounts: new Accounts(store.accountsDb), distDir });
});

afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(distDir, { recursive: true, force: true });
});

describe('the PWA served by the sync server', () => {
  it('answers the health check', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });
  });

  it('serves deep links with index.html, revalidated', async () => {
    for (const url of ['/members', '/producers/new', '/groups/01HZX?tab=1']) {
      const response = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>shell</title>');
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('does not fall back for the API or for missing assets', async () => {
    for (const url of ['/api/nothing', '/api', '/assets/missing-123.js', '/icons/nope.png']) {
      const response = await app.inject({ method: 'GET', url, headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) } });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('<title>shell</title>');
      expect(response.json(), url).toMatchObject({ error: { code: 'notFound' } });
    }
  });

  it('never lets the browser keep sw.js, index.html or the manifest without asking', async () => {
    for (const url of ['/sw.js', '/index.html', '/', '/manifest.webmanifest']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log("app")');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('isAppNavigation', () => {
  it('tells app routes from assets and API calls', () => {
    expect(isAppNavigation('GET', '/stand')).toBe(true);
    expect(isAppNavigation('HEAD', '/members/01ABC')).toBe(true);
    expect(isAppNavigation('POST', '/stand')).toBe(false);
    expect(isAppNavigation('GET', '/api/sync/pull')).toBe(false);
    expect(isAppNavigation('GET', '/assets/app.js')).toBe(false);
  });
});
