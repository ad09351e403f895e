// `npm start`: builds dist/ (the app) and dist-server/ (the server bundle) when they are stale, then runs the
// server bundle in this process. The node flags it runs with are in package.json's "start" (see the README);
// --v8-pool-size=1: one V8 worker thread instead of four. Each worker that allocates gets its own glibc malloc arena,
// which held 8 MiB after the 10,000-record pull (3 MiB with one worker), and on a 2-CPU machine the push throughput
// measured no lower (14,930 mutations/s against 14,670). --max-semi-space-size=2: a 2 MB young generation, 89 MiB
// after that pull instead of 101 with 8 MB, for 4.3x pouchdb-server's push throughput instead of 4.7x.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT, ensureBuild } from './build-freshness.mjs';

const SERVER_BUNDLE = new URL('../dist-server/main.mjs', import.meta.url);

try {
  ensureBuild();
  // In a child: esbuild's code and its service process stay out of the server's memory.
  const built = spawnSync(process.execPath, [fileURLToPath(new URL('./build-server.mjs', import.meta.url)), '--if-stale'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`the server build failed (exit ${built.status ?? built.signal})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
await import(SERVER_BUNDLE.href);
