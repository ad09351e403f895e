/**
 * The benchmarks' peers (PouchDB, pouchdb-server and autocannon, for the side-by-side comparisons) are a package of
 * their own, this folder, kept out of the app's install: `npm ci` here, from its own lock, the first time a
 * benchmark asks for one of them (or when the lock changed since).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PEERS_DIR = fileURLToPath(new URL('.', import.meta.url));
const LOCK = path.join(PEERS_DIR, 'package-lock.json');
// npm writes its own copy of the lock into node_modules at the end of an install: absent, the install never ended.
const INSTALLED_LOCK = path.join(PEERS_DIR, 'node_modules', '.package-lock.json');

function installed(): boolean {
  return existsSync(INSTALLED_LOCK) && statSync(INSTALLED_LOCK).mtimeMs >= statSync(LOCK).mtimeMs;
}

/** Installs the peers from their lock unless they already are. */
export function ensurePeers(): void {
  if (installed()) return;
  console.error('Installing the benchmarks’ peers (tests/bench/peers: npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: PEERS_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm ci in tests/bench/peers failed (exit ${result.status ?? result.signal})`);
}

/** A file of an installed peer, e.g. peerFile('pouchdb-server/bin/pouchdb-server'). */
export function peerFile(relative: string): string {
  ensurePeers();
  return path.join(PEERS_DIR, 'node_modules', relative);
}

/** A peer's module, loaded from this folder's node_modules (the app's install does not hold it). */
export function requirePeer<T>(name: string): T {
  ensurePeers();
  return createRequire(path.join(PEERS_DIR, 'package.json'))(name) as T;
}
