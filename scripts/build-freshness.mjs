// Decides whether dist/ is older than the sources it is built from, and rebuilds it (vite build) when it is.
// Shared by `npm start` and the e2e run so both serve the code as it is now.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'scripts/precompress.ts', 'package.json'];
// Files every complete build has; a build interrupted half-way lacks one of them.
const BUILD_MARKERS = ['index.html', 'sw.js'];

export function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(root = ROOT, distDir = path.join(root, 'dist')) {
  const markers = BUILD_MARKERS.map((name) => path.join(distDir, name));
  const missing = markers.find((file) => !existsSync(file));
  if (missing) return `${path.relative(root, missing)} is missing`;
  const built = Math.min(...markers.map((file) => statSync(file).mtimeMs));
  for (const source of SOURCES) {
    if (newestMtime(path.join(root, source)) > built) return `${source} changed since the last build`;
  }
  return null;
}

/** Runs `vite build` when dist/ is stale. Throws when the build fails. */
export function ensureBuild({ root = ROOT, log = console.log } = {}) {
  const reason = staleReason(root);
  if (!reason) {
    log('dist/ is up to date.');
    return false;
  }
  log(`Building dist/ (${reason})…`);
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  return true;
}
