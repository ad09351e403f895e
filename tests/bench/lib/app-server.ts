/**
 * The real sync server on a new data file filled with the large dataset by `npm run seed:large` (the push path,
 * as a phone's changes), serving the production build dist/ (rebuilt first when stale).
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLargeDataset, type LargeDatasetOptions } from '../../../src/data/large-dataset';
import { startServer } from '../../../src/server/server';
import { profileDir } from './browser';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BENCH_COORDINATOR = { login: 'coordination', password: 'bench-coordination-2026' };

/** dist/ as the sources are now (scripts/ensure-build.mjs rebuilds it when a source is newer). */
export function ensureAppBuild(): void {
  const built = spawnSync(process.execPath, ['scripts/ensure-build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}\n${built.stderr}`);
}

export interface SeededServer {
  url: string;
  /** The server's SQLite file, for a command that works on it beside the server (npm run user:create). */
  dataFile: string;
  /** The Node server underneath, to count the bytes it sends. */
  http: Server;
  bigDistributionId: string;
  close(): Promise<void>;
}

export async function startSeededServer(
  options: Required<Pick<LargeDatasetOptions, 'members' | 'baskets' | 'otherGroups' | 'producers'>>,
): Promise<SeededServer> {
  ensureAppBuild();
  const data = profileDir('data');
  const file = path.join(data.dir, 'data.sqlite');
  const args = [
    'src/server/cli/seed-large.ts',
    '--data',
    file,
    '--members',
    String(options.members),
    '--baskets',
    String(options.baskets),
    '--groups',
    String(options.otherGroups),
    '--producers',
    String(options.producers),
  ];
  const seeded = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed-large failed:\n${seeded.stdout}\n${seeded.stderr}`);
  // Same options, same seed (1, seed-large's default): the same ids as the ones just written.
  const { bigDistributionId } = buildLargeDataset({ seed: 1, ...options });
  const server = await startServer({
    dataFile: file,
    distDir: path.join(ROOT, 'dist'),
    host: '127.0.0.1',
    port: 0,
    env: { COURT_CIRCUIT_ADMIN_PASSWORD: BENCH_COORDINATOR.password, COURT_CIRCUIT_DEMO: '0' },
    logger: false,
    say: () => undefined,
  });
  return {
    url: server.url,
    dataFile: file,
    http: server.app.server,
    bigDistributionId,
    async close() {
      await server.close();
      data.remove();
    },
  };
}
