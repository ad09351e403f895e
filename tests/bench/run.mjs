// `npm run bench`: runs every benchmark module under tests/bench (files named *.bench.ts or *.bench.mjs), prints
// one table and writes tests/bench/results/latest.json. BENCH_SMOKE=1 runs tiny sizes, once or twice each;
// BENCH_ONLY=word runs only the modules whose path holds that word; BENCH_OUT=file also writes the results there.
//
// A benchmark module exports `async function run({ smoke })` and returns rows:
//   { name, unit, median, min, max, runs, p95?, target?, ratio?, pass?, note? }
// `target` is a text ("≤ 1.5×"), `pass` a boolean when a target applies. A module that throws is reported as a
// failed row and the others still run. The exit code is 1 when a module failed (not when a target is missed).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const smoke = process.env.BENCH_SMOKE === '1';
const only = process.env.BENCH_ONLY ?? '';
const SKIP = new Set(['node_modules', 'dist', 'results', 'empty-app']);

function findModules(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !SKIP.has(entry.name)) found.push(...findModules(path.join(dir, entry.name)));
    else if (/\.bench\.(ts|mjs)$/.test(entry.name)) found.push(path.join(dir, entry.name));
  }
  return found.sort();
}

const round = (value) => (typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(4)) : value);
const show = (value) => (value === undefined || value === null ? '' : String(round(value)));

const startedAt = new Date();
const results = [];
let failed = 0;
for (const file of findModules(here).filter((file) => file.includes(only))) {
  const module = path.relative(here, file);
  const started = performance.now();
  console.error(`▶ ${module}${smoke ? ' (smoke)' : ''}`);
  try {
    const { run } = await import(pathToFileURL(file).href);
    const rows = await run({ smoke });
    const seconds = (performance.now() - started) / 1000;
    for (const row of rows) results.push({ module, ...row });
    console.error(`  ${rows.length} rows in ${seconds.toFixed(1)} s`);
  } catch (error) {
    failed += 1;
    console.error(error);
    results.push({ module, name: 'FAILED', unit: '', note: error instanceof Error ? error.message : String(error), pass: false });
  }
}

console.log(
  `\nBenchmarks${smoke ? ' (smoke: tiny sizes, figures not meaningful)' : ''}, ${startedAt.toISOString()}, ${cpus().length} cores`,
);
console.table(
  results.map((row) => ({
    benchmark: row.name,
    unit: row.unit,
    median: show(row.median),
    p95: show(row.p95),
    min: show(row.min),
    max: show(row.max),
    runs: show(row.runs),
    ratio: show(row.ratio),
    target: row.target ?? '',
    pass: row.pass === undefined ? '' : row.pass ? 'yes' : 'NO',
  })),
);
for (const row of results.filter((r) => r.note)) console.log(`${row.name}: ${row.note}`);

const report = {
  date: startedAt.toISOString(),
  smoke,
  seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, platform: `${process.platform} ${process.arch}` },
  results,
};
mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
if (process.env.BENCH_OUT) writeFileSync(path.resolve(process.env.BENCH_OUT), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${results.length} figures in ${report.seconds} s; written to tests/bench/results/latest.json`);
process.exitCode = failed > 0 ? 1 : 0;
