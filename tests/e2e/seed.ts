/**
 * A sync server of its own for a test that needs a lot of data, and its seeding over HTTP as the coordinator,
 * through the same login and push endpoints a phone uses (so every row is validated and versioned as in real use).
 * Its own server because the suite's shared one feeds other specs that count every member they see.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeHlc } from '../../src/domain/rows/hlc';
import type { SeedMutation } from '../../src/data/large-dataset';
import { MAX_PUSH_MUTATIONS, PROTOCOL_HEADER, PROTOCOL_VERSION, type PushResponse } from '../../src/sync/protocol';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { COORDINATOR } from './account';

export interface OwnServer {
  origin: string;
  stop(): Promise<void>;
}

async function waitForHealth(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer on ${origin} within 30 s:\n${log()}`);
}

/**
 * The real server (src/server/main.ts, as `npm start` runs it, on the dist/ the suite's webServer has just made
 * fresh) in a child process, on a new empty data file, without the example data.
 */
export async function startOwnServer(port: number): Promise<OwnServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'court-circuit-day-'));
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(port),
      COURT_CIRCUIT_DATA: path.join(dir, 'data.sqlite'),
      COURT_CIRCUIT_DEMO: '0',
      COURT_CIRCUIT_ADMIN_PASSWORD: COORDINATOR.password,
      // Every phone of the suite signs in from 127.0.0.1: more than a real address's 30 logins a minute.
      COURT_CIRCUIT_LOGINS_PER_ADDRESS: '1000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

export async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Pushes `mutations` in batches as a device of the coordinator's; throws on the first refused mutation. */
export async function seedOverHttp(origin: string, mutations: readonly SeedMutation[]): Promise<void> {
  const clientId = `e2e-seed-${Date.now()}`;
  const { token } = await postJson<{ token: string }>(`${origin}/api/auth/login`, {
    login: COORDINATOR.login,
    password: COORDINATOR.password,
    clientId,
    deviceName: 'Jeu de données e2e',
  });
  const wallMs = Date.now();
  for (let start = 0; start < mutations.length; start += MAX_PUSH_MUTATIONS) {
    const batch = mutations.slice(start, start + MAX_PUSH_MUTATIONS).map((mutation, n) => ({
      ...mutation,
      mutationId: start + n + 1,
      hlc: encodeHlc({ wallMs, counter: start + n, node: clientId }),
    }));
    const response = await postJson<PushResponse>(`${origin}/api/sync/push`, { clientId, mutations: batch }, token);
    const refused = response.outcomes.find((outcome) => outcome.status === 'rejected');
    if (refused)
      throw new Error(`the server refused ${JSON.stringify(batch[refused.mutationId - start - 1]?.name)}: ${JSON.stringify(refused)}`);
    const last = start + batch.length;
    if (response.lastMutationId !== last) throw new Error(`the server settled up to ${response.lastMutationId}, expected ${last}`);
  }
}

/** Creates accounts as the coordinator would (POST /api/users), each with the password given. */
export async function createAccounts(
  origin: string,
  users: readonly {
    login: string;
    name: string;
    role: 'animator' | 'producer';
    password: string;
    groupIds?: string[];
    producerId?: string;
  }[],
): Promise<void> {
  const { token } = await postJson<{ token: string }>(`${origin}/api/auth/login`, {
    login: COORDINATOR.login,
    password: COORDINATOR.password,
    clientId: `e2e-accounts-${Date.now()}`,
    deviceName: 'Comptes e2e',
  });
  for (const user of users) await postJson(`${origin}/api/users`, { groupIds: [], ...user }, token);
}

/** A phone: a new browser context on `origin`, 390 × 844, in French, with its service worker. */
export async function openPhoneOn(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: origin,
    locale: 'fr-FR',
    serviceWorkers: 'allow',
    viewport: { width: 390, height: 844 },
  });
  return { context, page: await context.newPage() };
}
