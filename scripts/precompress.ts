/**
 * Compresses the build once: a .br (brotli, its best level) and a .gz (gzip -9) beside each text file of dist/, which
 * the server sends as they are to a browser that accepts them (src/server/static-server.ts). Runs as the last step
 * of `vite build`, after the service worker is written, so sw.js is compressed too and the precache lists only the
 * original files.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { PluginOption } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TEXT_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt', '.xml']);
// Under 1 KB the headers weigh as much as what compression would save (the API's threshold too).
export const MIN_PRECOMPRESS_BYTES = 1024;

export interface PrecompressedFile {
  file: string;
  bytes: number;
  br: number;
  gz: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function compressOne(file: string): Promise<PrecompressedFile> {
  const content = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return { file, bytes: content.length, br: br.length, gz: gz.length };
}

/** Writes the .br and .gz of every text file of `dir` of at least `minBytes`; returns what it compressed. */
export async function precompressDir(dir: string, minBytes = MIN_PRECOMPRESS_BYTES): Promise<PrecompressedFile[]> {
  const chosen: string[] = [];
  for (const file of await filesUnder(dir)) {
    if (!TEXT_EXTENSIONS.has(path.extname(file))) continue;
    if ((await stat(file)).size >= minBytes) chosen.push(file);
  }
  return Promise.all(chosen.map(compressOne));
}

/** The Vite plugin: after everything else of the build (the service worker included), compresses the output. */
export function precompress(): PluginOption {
  let outDir = 'dist';
  return {
    name: 'court-circuit-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const done = await precompressDir(outDir);
        const bytes = done.reduce((sum, file) => sum + file.bytes, 0);
        const br = done.reduce((sum, file) => sum + file.br, 0);
        this.info(`precompressed ${done.length} files: ${Math.round(bytes / 1024)} KB → ${Math.round(br / 1024)} KB brotli`);
      },
    },
  };
}
