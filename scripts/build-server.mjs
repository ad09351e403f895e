// `npm run build:server`: the sync server (src/server/main.ts and what it imports) bundled into one file,
// dist-server/main.mjs, which `npm start` and the benchmarks run with plain node. One parsed module instead of
// hundreds of files run through tsx's compiler: less memory and a faster start. better-sqlite3 stays outside (a
// native addon, loaded from node_modules).
import { build } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, newestMtime } from './build-freshness.mjs';

const SERVER_BUNDLE = path.join(ROOT, 'dist-server', 'main.mjs');
const SERVER_SOURCES = ['src', 'package.json', 'package-lock.json', 'scripts/build-server.mjs'];

/** Why dist-server/ must be rebuilt, or null when it is up to date. */
function staleReason(root = ROOT) {
  if (!existsSync(SERVER_BUNDLE)) return 'dist-server/main.mjs is missing';
  const built = statSync(SERVER_BUNDLE).mtimeMs;
  const changed = SERVER_SOURCES.find((source) => newestMtime(path.join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

// `--if-stale` (npm start, the benchmarks): only when a source is newer than the bundle.
const reason = process.argv.includes('--if-stale') ? staleReason() : 'asked';
if (reason) {
  console.log(`Building dist-server/ (${reason})…`);
  await build({
    entryPoints: [path.join(ROOT, 'src/server/main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // The CommonJS packages inside (fastify's) call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // Whitespace and syntax only: names are kept, so a stack trace in the logs still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
