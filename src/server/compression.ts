/**
 * Compression of the API's answers, per the request's Accept-Encoding (brotli, else gzip), through @fastify/compress.
 * A pull page of JSON shrinks about 16× on a phone's slow link. The built app's files are not compressed here: they
 * were compressed once at build (scripts/precompress.ts) and @fastify/static sends those files as they are.
 * The live channel is never held back by a compressor: it hijacks its reply, which skips the onSend hook where the
 * plugin compresses, and it says so to proxies with no-transform.
 */
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** The API's paths: every other route serves the build, already compressed. */
function isApiRoute(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Added before the plugin's own onRoute hook, which reads the flag set here.
  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.url) && route.compress === undefined) route.compress = false;
  });
  await app.register(compress, {
    global: true,
    // Brotli's default here is its quality 4: on a 2-core server, higher levels cost more CPU than the link saves.
    encodings: ['br', 'gzip'],
    // Phones send plain JSON: a compressed request body would only be one more way to make the server work.
    globalDecompression: false,
  });
}
