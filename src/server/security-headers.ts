/**
 * The security headers of every answer (app, API, assets), through @fastify/helmet: a strict Content-Security-Policy
 * (scripts of this origin only, plus the page's one inline script by its hash; nothing framed, no plugin, no
 * foreign connection), nosniff, no referrer. HSTS is the TLS reverse proxy's job (docs/deploy.md): the server also
 * runs on plain HTTP on a LAN or on localhost, where it would mean nothing.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** The hashes (CSP source expressions) of the inline scripts of a built index.html. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = match[1] ?? '';
    if (body.trim() !== '') hashes.push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return hashes;
}

/**
 * The headers of an answer Fastify sends before any hook runs (a URL it cannot decode): no page is ever served that
 * way, so its policy allows nothing at all.
 */
export const EARLY_ERROR_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export async function registerSecurityHeaders(app: FastifyInstance, { distDir }: { distDir?: string }): Promise<void> {
  const inline = distDir ? inlineScriptHashes(await readFile(path.join(distDir, 'index.html'), 'utf8')) : [];
  await app.register(helmet, {
    contentSecurityPolicy: {
      // Defaults off: they include upgrade-insecure-requests, which would break the app served over plain HTTP.
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inline],
        // React's style={…} sets styles through the DOM, which CSP allows; no style sheet comes from elsewhere.
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
