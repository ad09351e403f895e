/**
 * A real server instance in its own process (`node --import tsx src/server/main.ts`), as `npm start` runs it, on a
 * PostgreSQL database or a SQLite file: the tests of several instances start two on one database and may SIGKILL
 * one; the store benchmark compares them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { encodeHlc } from '../../src/domain/rows/hlc';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type LoginResponse, type PullResponse, type PushResponse } from '../../src/sync/protocol';

const MAIN = path.join(import.meta.dirname, '../../src/server/main.ts');
export const ADMIN = { login: 'coordination', password: 'mot de passe des tests' };

export interface Instance {
  process: ChildProcess;
  base: string;
  kill(): Promise<void>;
}

/** A folder with the smallest build main.ts accepts: the API is what these tests use. */
export function fakeDist(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Court-circuit</title>');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A server on `store`: a postgres:// URL, or else a SQLite data file. */
export async function startInstance(store: string, distDir: string): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      ...(store.startsWith('postgres') ? { DATABASE_URL: store } : { DATABASE_URL: '', COURT_CIRCUIT_DATA: store }),
      PORT: '0',
      COURT_CIRCUIT_DIST: distDir,
      COURT_CIRCUIT_DEMO: '0',
      COURT_CIRCUIT_ADMIN_LOGIN: ADMIN.login,
      COURT_CIRCUIT_ADMIN_PASSWORD: ADMIN.password,
      COURT_CIRCUIT_LOGINS_PER_ADDRESS: '1000',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1] as string);
    });
  });
  return {
    process: child,
    base,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export const PROTOCOL = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
const headers = (token?: string) => ({
  ...PROTOCOL,
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

export interface Device {
  clientId: string;
  token: string;
  sessionId: string;
  nextMutationId: number;
}

export async function login(base: string, clientId: string): Promise<Device> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ ...ADMIN, clientId, deviceName: clientId }),
  });
  if (response.status !== 200) throw new Error(`login ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as LoginResponse;
  return { clientId, token: body.token, sessionId: body.sessionId, nextMutationId: 1 };
}

/**
 * One mutation pushed; the device's counter moves on only when the server answered it, so pushing the same
 * arguments again after a failure is a phone's resend.
 */
export async function pushOne(base: string, device: Device, name: string, args: unknown): Promise<PushResponse> {
  const mutationId = device.nextMutationId;
  const response = await fetch(`${base}/api/sync/push`, {
    method: 'POST',
    headers: headers(device.token),
    body: JSON.stringify({
      clientId: device.clientId,
      mutations: [{ mutationId, name, args, hlc: encodeHlc({ wallMs: Date.now(), counter: mutationId, node: device.clientId }) }],
    }),
  });
  if (response.status !== 200) throw new Error(`push ${response.status}: ${await response.text()}`);
  device.nextMutationId += 1;
  return (await response.json()) as PushResponse;
}

export async function pull(base: string, device: Device, cursor: number, limit = 500): Promise<PullResponse> {
  const response = await fetch(`${base}/api/sync/pull?clientId=${device.clientId}&cursor=${cursor}&limit=${limit}`, {
    headers: headers(device.token),
  });
  if (response.status !== 200) throw new Error(`pull ${response.status}: ${await response.text()}`);
  return (await response.json()) as PullResponse;
}

export async function get(base: string, device: Device, url: string): Promise<Response> {
  return fetch(`${base}${url}`, { headers: headers(device.token) });
}
