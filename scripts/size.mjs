// `npm run size`: the JavaScript a phone downloads before the start screen (/stand) is usable, gzipped.
// That is the entry chunk(s) of dist/index.html (script + modulepreload), plus the stand screen's lazy chunk and
// everything it imports statically, found through dist/.vite/manifest.json. Fails above the budget.
// The benchmarks (tests/bench) import measureFirstLoad to weigh another build (the empty app) the same way.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './build-freshness.mjs';

const BUDGET_KB = Number(process.env.SIZE_BUDGET_KB ?? 160);
const KB = 1024;
const START_ROUTE_MODULE = 'src/features/stand/stand-screen.tsx';
// Fetched at every start too, but by the service-worker registration after the first render: shown, not budgeted.
const AFTER_FIRST_RENDER = /workbox-window/;

/**
 * The first-load JavaScript of the build in `dist`: its entries and their static imports, the start route's
 * module (if any) and its static imports, and every script index.html names. Gzip level 9.
 */
export function measureFirstLoad({ dist = path.join(ROOT, 'dist'), startRoute = START_ROUTE_MODULE } = {}) {
  const manifestPath = path.join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}: build first ("npm run build").`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

  /** A manifest entry's own file and, recursively, those of its static imports (dynamic ones load later). */
  const withStaticImports = (key, into) => {
    const entry = manifest[key];
    if (!entry) throw new Error(`${key} is not in ${manifestPath}`);
    if (into.has(entry.file)) return;
    into.set(entry.file, key);
    for (const imported of entry.imports ?? []) withStaticImports(imported, into);
  };
  const measure = (file, source) => {
    const bytes = readFileSync(path.join(dist, file));
    return { file, source, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };

  const files = new Map();
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) withStaticImports(key, files);
  if (startRoute) withStaticImports(startRoute, files);
  // Files the browser fetches up front because index.html names them.
  for (const match of html.matchAll(/<script[^>]*\bsrc="\/?([^"]+\.js)"/g)) if (!files.has(match[1])) files.set(match[1], 'index.html');
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/g))
    if (!files.has(match[1])) files.set(match[1], 'index.html');

  const rows = [...files.entries()].map(([file, source]) => measure(file, source)).sort((a, b) => b.gzip - a.gzip);
  const later = Object.entries(manifest)
    .filter(([key, entry]) => AFTER_FIRST_RENDER.test(key) && !files.has(entry.file))
    .map(([key, entry]) => measure(entry.file, key));
  return { rows, later, total: rows.reduce((sum, row) => sum + row.gzip, 0) };
}

function main() {
  let result;
  try {
    result = measureFirstLoad();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { rows, later, total } = result;
  const kb = (bytes) => (bytes / KB).toFixed(1);
  console.log('First-load JavaScript (start route /stand), gzip level 9, 1 KB = 1024 bytes:');
  console.table(rows.map((row) => ({ file: row.file, from: row.source, 'raw KB': kb(row.raw), 'gzip KB': kb(row.gzip) })));
  for (const row of later) console.log(`Not counted, loaded after the first render: ${row.file} ${kb(row.gzip)} KB gzip`);
  const verdict = total > BUDGET_KB * KB ? 'OVER BUDGET' : 'within budget';
  console.log(`Total: ${kb(total)} KB gzip / budget ${BUDGET_KB} KB: ${verdict}`);
  if (total > BUDGET_KB * KB) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
