/**
 * The sync benchmarks (push, pull, and the servers' memory after a pull), for tests/bench/run.mjs:
 * `run({smoke})` returns their rows. Alone: `node --import tsx tests/bench/sync/index.ts` (BENCH_SMOKE=1 for the
 * quick mode) prints them as a table. Needs /usr/bin/chromium.
 */
import { printRows, type BenchRow } from '../lib/stats';
import { cleanup, startPouchServer } from '../server/processes';
import { buildBenchPage } from './build-page';
import { runPull } from './pull';
import { runPush } from './push';

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  try {
    const distDir = await buildBenchPage();
    const pouch = await startPouchServer();
    const push = await runPush({ smoke, distDir, pouch });
    const pull = await runPull({ smoke, distDir, pouch });
    return [...push, ...pull];
  } finally {
    await cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows(await run({ smoke: process.env.BENCH_SMOKE === '1' }));
}
