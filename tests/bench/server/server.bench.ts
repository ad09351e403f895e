/** Entry for tests/bench/run.mjs (it runs *.bench.ts files): the server benchmark of index.ts. */
export { run } from './index';
