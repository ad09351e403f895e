// `npm start`: builds dist/ (the app) and dist-server/ (the server bundle) when they are stale, then runs the
// server bundle in this process. The node flags it runs with are in package.json's "start" (see the README).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT, ensureBuild } from './build-freshness.mjs';

const SERVER_BUNDLE = new URL('../dist-server/main.mjs', import.meta.url);

try {
  ensureBuild();
  // In a child: esbuild's code and its service process stay out of the server's memory.
  const built = spawnSync(process.execPath, [fileURLToPath(new URL('./build-server.mjs', import.meta.url)), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`the server build failed (exit ${built.status ?? built.signal})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
await import(SERVER_BUNDLE.href);
