// @vitest-environment node
/**
 * The server process killed with SIGKILL in the middle of a stream of pushes: after a restart on the same file,
 * every push the phones were told about (its lastMutationId and outcomes) is there, and the phones converge.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, expect, it } from 'vitest';
import { runMutation } from '../../src/db/mutate';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import type { PushResponse } from '../../src/sync/protocol';
import type { FetchLike } from '../../src/sync/transport';
import { signUpArgs } from '../factories/entities';
import { createClient, replicaState, serverState, type TestClient } from './harness';

const ENTRY = path.join(import.meta.dirname, 'crash-server.ts');
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Child {
  process: ChildProcess;
  baseUrl: string;
}

/** Starts the server process on `file` and resolves once it prints its port. */
async function startChild(file: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { ...process.env, CRASH_DB_FILE: file },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const match = /"port":(\d+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
  });
  return { process: child, baseUrl: `http://127.0.0.1:${port}` };
}

async function kill(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = new Promise((resolve) => child.process.once('exit', resolve));
  child.process.kill('SIGKILL');
  await exited;
}

it('keeps every acknowledged push through a SIGKILL of the server, and the phones converge after restart', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'court-circuit-crash-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'server.sqlite');
  let server = await startChild(file);

  // Real HTTP to whichever process is current; every push answer that reaches a phone is recorded.
  const acknowledged: { clientId: string; response: PushResponse }[] = [];
  const realFetch: FetchLike = async (input, init) => {
    const response = await fetch(`${server.baseUrl}${input}`, init);
    if (input.startsWith('/api/sync/push') && response.ok) {
      const body = JSON.parse(String(init?.body)) as { clientId: string };
      acknowledged.push({ clientId: body.clientId, response: (await response.clone().json()) as PushResponse });
    }
    return response;
  };
  const phones: TestClient[] = [];
  for (const name of ['a', 'b', 'c']) {
    const phone = await createClient(name, realFetch, { pushBatchSize: 3 });
    phones.push(phone);
    cleanups.push(() => phone.dispose());
  }

  let killed = false;
  const signedUp = new Map<string, string>();
  const stream = async (phone: TestClient) => {
    while (!killed) {
      for (let i = 0; i < 2; i += 1) {
        const args = signUpArgs();
        const result = await runMutation(phone.db, 'member.signUp', args);
        if (!result.ok) throw new Error(`local write failed: ${result.code}`);
        signedUp.set(`${phone.clientId}:${result.mutationId}`, args.id);
      }
      await phone.engine.syncOnce();
    }
  };
  const streams = Promise.all(phones.map(stream));
  // Kill once pushes are flowing, at a moment that falls anywhere in a push's life.
  while (acknowledged.length < 5) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 400));
  await kill(server);
  killed = true;
  await streams;
  expect(acknowledged.length).toBeGreaterThanOrEqual(5);

  // Read the file as the crash left it, before anyone pushes again.
  const store = new SqliteStore(file);
  cleanups.push(() => store.close());
  const onDisk = new Set(((await serverState({ store })).members as { id: string }[]).map((m) => m.id));
  let applied = 0;
  for (const { clientId, response } of acknowledged) {
    expect(await store.read((tx) => tx.lastMutationId(clientId))).toBeGreaterThanOrEqual(response.lastMutationId);
    for (const outcome of response.outcomes) {
      expect(outcome.status).toBe('applied');
      const id = signedUp.get(`${clientId}:${outcome.mutationId}`);
      expect(id && onDisk.has(id), `acknowledged sign-up ${clientId}:${outcome.mutationId}`).toBe(true);
      applied += 1;
    }
  }
  expect(applied).toBeGreaterThan(0);

  server = await startChild(file);
  for (const phone of phones) {
    for (let attempt = 0; (await phone.db.outbox.count()) > 0; attempt += 1) {
      expect(attempt).toBeLessThan(5);
      await phone.engine.syncOnce();
    }
  }
  for (const phone of phones) expect(await phone.engine.syncOnce()).toMatchObject({ ok: true });
  const expected = await serverState({ store });
  for (const phone of phones) expect(await replicaState(phone.db)).toEqual(expected);
  expect(await Promise.all(phones.map((p) => p.db.rejected.count()))).toEqual([0, 0, 0]);
}, 60_000);
