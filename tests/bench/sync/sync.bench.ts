/** Entry for tests/bench/run.mjs (it runs *.bench.ts files): the sync benchmarks of index.ts. */
export { run } from './index';
