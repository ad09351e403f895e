/**
 * The server benchmark, for tests/bench/run.mjs: `run({smoke})` returns its rows. Alone:
 * `node --import tsx tests/bench/server/index.ts` (BENCH_SMOKE=1 for the quick mode) prints them as a table.
 * The servers' memory after the 10,000-record pull is measured where that pull happens: tests/bench/sync/pull.ts.
 */
import { printRows, type BenchRow } from '../lib/stats';
import { runServerThroughput } from './throughput';

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  return runServerThroughput({ smoke });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows(await run({ smoke: process.env.BENCH_SMOKE === '1' }));
}
