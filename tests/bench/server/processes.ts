/**
 * Child processes and temp dirs of the benchmarks: the app's server and pouchdb-server each run in their own
 * process (their RSS is their own), bound to 127.0.0.1, in temp dirs. Everything started here is stopped and
 * removed by `cleanup()`, and by an exit hook if the harness dies first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { peerFile } from '../peers/peers';
import { ADMIN_LOGIN, BENCH_PASSWORD } from './bench-accounts';
import { fillAppServer } from './seed';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const children = new Set<ChildProcess>();
const dirs = new Set<string>();

function cleanupNow(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}
process.on('exit', cleanupNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanupNow();
    process.exit(130);
  });
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `cc-bench-${prefix}-`));
  dirs.add(dir);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** Stops every child (SIGTERM, then SIGKILL after 3 s) and removes every temp dir. */
export async function cleanup(): Promise<void> {
  await Promise.all([...children].map((child) => stop(child)));
  for (const dir of [...dirs]) removeDir(dir);
}

async function stop(child: ChildProcess): Promise<void> {
  children.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Resident set size of a process, in bytes (Linux). */
export function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Number(line.replace(/\D+/g, '')) * 1024;
}

export interface Peer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function track(child: ChildProcess, name: string): { output: () => string } {
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.once('exit', (code, signal) => {
    if (children.has(child) && code !== 0) console.error(`${name} exited early (${code ?? signal}):\n${output}`);
    children.delete(child);
  });
  return { output: () => output };
}

export interface AppServerOptions {
  distDir?: string;
  users?: number;
  seedMembers?: number;
  /** The seed of the sign-ups' dataset: another one than the measured device's gives other people (other ids). */
  seedOf?: number;
}

/** The node flags `npm start` runs the server with (package.json's "start": `node <flags> scripts/start.mjs`). */
function npmStartNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [command, ...rest] = pkg.scripts.start.trim().split(/\s+/);
  if (command !== 'node' || rest.at(-1) !== 'scripts/start.mjs') throw new Error(`unexpected "start" script: ${pkg.scripts.start}`);
  return rest.slice(0, -1);
}

/**
 * The app's server as `npm start` runs it (the bundle dist-server/main.mjs, rebuilt first when stale, with the same
 * node flags) on a new SQLite file in a temp dir, then filled through its API: `users` bench accounts and
 * `seedMembers` sign-ups. Its RSS is then that of the real server, having done the real work.
 */
export async function startAppServer(options: AppServerOptions = {}): Promise<Peer & { seeded: number }> {
  const built = spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the server build failed:\n${built.stdout}\n${built.stderr}`);
  const dir = tempDir('app');
  // Without a build of the app to serve (the throughput bench), an empty page stands in: the server needs one.
  const distDir = options.distDir ?? dir;
  if (!options.distDir) writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>bench</title>');
  // BENCH_CPU_PROF_DIR=dir: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...npmStartNodeFlags(), ...profile, path.join(ROOT, 'dist-server/main.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      COURT_CIRCUIT_DATA: path.join(dir, 'court-circuit.sqlite'),
      COURT_CIRCUIT_DIST: distDir,
      COURT_CIRCUIT_ADMIN_LOGIN: ADMIN_LOGIN,
      COURT_CIRCUIT_ADMIN_PASSWORD: BENCH_PASSWORD,
      COURT_CIRCUIT_DEMO: '0',
      // Every bench phone signs in from this one address.
      COURT_CIRCUIT_LOGINS_PER_ADDRESS: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = track(child, 'app server');
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app server did not start in 60 s:\n${log.output()}`)), 60_000);
    child.stdout?.on('data', () => {
      const found = /Court-circuit : (http:\/\/\S+)/.exec(log.output());
      if (!found) return;
      clearTimeout(timer);
      resolve(found[1] as string);
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`app server exited:\n${log.output()}`));
    });
  });
  const seeded = await fillAppServer(url, { users: options.users ?? 0, signUps: options.seedMembers ?? 0, seed: options.seedOf });
  return {
    url,
    seeded,
    pid: child.pid as number,
    async stop() {
      await stop(child);
      removeDir(dir);
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers 200, or throws with the child's last output when it exits or takes over 60 s. */
async function waitUntilServing(url: string, child: ChildProcess, log: { output: () => string }, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${log.output()}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not start in 60 s:\n${log.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The memory floor of the stack the issue fixes (Node and Fastify): the RSS of a Fastify "hello world", nothing
 * else loaded, on the same Node with the same flags as `npm start`, after 100 requests. No server of this stack
 * can hold less.
 */
export async function bareFastifyRss(): Promise<number> {
  const port = await freePort();
  const script = `require('fastify')().get('/', async () => 'ok').listen({ host: '127.0.0.1', port: ${port} })`;
  const child = spawn(process.execPath, [...npmStartNodeFlags(), '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(url, child, track(child, 'bare Fastify'), 'bare Fastify');
    for (let n = 0; n < 100; n += 1) await (await fetch(`${url}/`)).text();
    return rssOf(child.pid as number);
  } finally {
    await stop(child);
  }
}

/** pouchdb-server 4.2 (LevelDB on disk) in a temp dir, bound to 127.0.0.1, with its logs kept out of stdout. */
export async function startPouchServer(): Promise<Peer> {
  const dir = tempDir('pouch');
  const port = await freePort();
  const bin = peerFile('pouchdb-server/bin/pouchdb-server');
  const child = spawn(
    process.execPath,
    [bin, '--host', '127.0.0.1', '--port', String(port), '--dir', dir, '--config', path.join(dir, 'config.json'), '--no-stdout-logs'],
    {
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, child, track(child, 'pouchdb-server'), 'pouchdb-server');
  return {
    url,
    pid: child.pid as number,
    async stop() {
      await stop(child);
      removeDir(dir);
    },
  };
}
