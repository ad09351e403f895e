/** Builds the sync bench page (production mode, like dist/) into a temp dir, with PouchDB's browser build beside it. */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { peerFile } from '../peers/peers';
import { tempDir } from '../server/processes';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function buildBenchPage(): Promise<string> {
  const outDir = tempDir('page');
  await build({
    configFile: false,
    root: path.join(ROOT, 'tests/bench/sync/page'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, minify: process.env.BENCH_NO_MINIFY !== '1' },
  });
  copyFileSync(peerFile('pouchdb/dist/pouchdb.min.js'), path.join(outDir, 'pouchdb.min.js'));
  return outDir;
}
