/** Serving the built PWA: hashed assets cached for good, the shell files always revalidated, deep links answered
 * with index.html, and /api/* left to the API. */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

const LONG_CACHE = 'public, max-age=31536000, immutable';
// Everything outside /assets keeps a stable name (sw.js, index.html, the manifest, icons): the browser must
// revalidate it or it would never see a new version.
const REVALIDATE = 'no-cache';

function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? LONG_CACHE : REVALIDATE;
}

/** A navigation is a GET for a path with no file extension outside /api: a route of the app, not an asset. */
export function isAppNavigation(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const pathname = url.split('?')[0] ?? '';
  if (pathname === '/api' || pathname.startsWith('/api/')) return false;
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !lastSegment.includes('.');
}

/**
 * Serves a built PWA from `distDir` on any Fastify app (the sync server mounts it too). Unknown non-navigation
 * paths go to the app's own not-found handler, so the API keeps its error format.
 */
export async function registerPwa(app: FastifyInstance, { distDir }: { distDir: string }): Promise<void> {
  const root = path.resolve(distDir);
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    // One route per file of the build, read at start: a build is immutable once served, and the catch-all route
    // below stays free for the navigation fallback.
    wildcard: false,
    // The build wrote a .br and a .gz beside each text file (scripts/precompress.ts): sent as they are, per the
    // request's Accept-Encoding, never compressed again per request. Those siblings get no URL of their own.
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders(reply, filePath) {
      reply.header('cache-control', cacheControlFor(path.relative(root, filePath).split(path.sep).join('/')));
    },
  });
  app.get('/*', (request, reply) => {
    if (!isAppNavigation(request.method, request.url)) return reply.callNotFound();
    return reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').sendFile('index.html');
  });
}
