/** Builds the empty app (tests/bench/empty-app) into its own dist/ with its own vite config, when stale. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './app-server';

const SOURCE = path.join(ROOT, 'tests/bench/empty-app');
export const EMPTY_APP_DIST = path.join(SOURCE, 'dist');

function newest(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(entry)
      .filter((name) => name !== 'dist')
      .map((name) => newest(path.join(entry, name))),
  );
}

export function buildEmptyAppIfStale(): void {
  const marker = path.join(EMPTY_APP_DIST, 'sw.js');
  if (existsSync(marker) && statSync(marker).mtimeMs > Math.max(newest(SOURCE), statSync(path.join(ROOT, 'package.json')).mtimeMs)) return;
  const built = spawnSync(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'tests/bench/empty-app/vite.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the empty app's build failed:\n${built.stdout}\n${built.stderr}`);
}
