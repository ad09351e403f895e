/**
 * GET /api/sync/events: the live channel. A text/event-stream that says only "the latest version is now N", on
 * connection and each time a write commits, so a phone pulls a change another phone pushed within a second
 * instead of at its next periodic sync. No row travels here: the pull that follows applies the access rules.
 *
 * Nothing is sent while nothing changes, except a comment line every ~25 s so that proxies and phone networks keep
 * an idle connection open. Each heartbeat or event checks the session again: a revoked or expired one is closed.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import { LIVE_EVENTS_PATH, LIVE_VERSION_EVENT } from '../../sync/protocol';
import { HttpError } from '../http-errors';
import type { SyncStore } from '../store/store';
import type { Actor } from './actor';

export interface LiveEventsLimits {
  /** Comment line sent on an idle stream (default 25 s, under the 30–60 s idle timeouts of common proxies). */
  heartbeatMs?: number;
  /** At most one event per stream in this window; a burst of pushes ends in one event with the last version. */
  coalesceMs?: number;
  /** Streams one session may hold; a new one beyond closes the session's oldest (default 2). */
  perSession?: number;
  /** Streams the server holds at once; beyond, a new one is answered 503 (default 500). */
  total?: number;
}

export interface LiveEventsDeps {
  store: SyncStore;
  authenticate: (request: FastifyRequest) => Promise<Actor>;
  limits?: LiveEventsLimits;
}

interface Stream {
  session: string;
  close(): void;
}

/** The key of the session a request speaks for: its bearer token, hashed so the token itself is not kept. */
function sessionKey(request: FastifyRequest): string {
  return createHash('sha256')
    .update(request.headers.authorization ?? '')
    .digest('base64url');
}

function versionEvent(version: number): string {
  return `event: ${LIVE_VERSION_EVENT}\ndata: ${version}\n\n`;
}

export async function registerLiveEvents(app: FastifyInstance, deps: LiveEventsDeps): Promise<void> {
  const heartbeatMs = deps.limits?.heartbeatMs ?? 25_000;
  const coalesceMs = deps.limits?.coalesceMs ?? 100;
  const perSession = deps.limits?.perSession ?? 2;
  const total = deps.limits?.total ?? 500;
  // In opening order, so the oldest of a session comes first.
  const streams = new Set<Stream>();

  // An open stream is never idle: Fastify's close would wait for it forever.
  app.addHook('preClose', async () => {
    for (const stream of [...streams]) stream.close();
  });

  app.get(LIVE_EVENTS_PATH, async (request, reply) => {
    await deps.authenticate(request);
    const session = sessionKey(request);
    const ofSession = [...streams].filter((stream) => stream.session === session);
    // A phone that changed networks leaves a dead connection behind that the server may not see die for minutes:
    // the newest stream of a session wins, so the phone is never locked out of its own channel.
    for (const stale of ofSession.slice(0, Math.max(0, ofSession.length - perSession + 1))) stale.close();
    if (streams.size >= total) {
      throw new HttpError(503, 'serverBusy', 'The server holds as many live connections as it can: the app keeps syncing on its timer.', {
        'retry-after': '30',
      });
    }

    reply.hijack();
    const raw: ServerResponse = reply.raw;
    // Headers set by hooks (security headers) are kept: hijacking skips Fastify's own sending of them.
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value);
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-store, no-transform',
      // nginx buffers answers by default, which would hold events back until its buffer fills.
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    raw.flushHeaders();

    let sentVersion = -1;
    let lastSentAt = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    let unwatch: () => void = () => undefined;
    // Started first so that close() always has it to stop; its first beat comes long after `send` exists.
    const heartbeat = setInterval(() => void send(':\n\n'), heartbeatMs);

    const stream: Stream = {
      session,
      close() {
        if (closed) return;
        closed = true;
        streams.delete(stream);
        unwatch();
        clearTimeout(pending);
        clearInterval(heartbeat);
        raw.end();
      },
    };

    /** Writes `text` if the session still holds; closes the stream otherwise. */
    const send = async (text: string): Promise<void> => {
      try {
        await deps.authenticate(request);
      } catch {
        stream.close();
        return;
      }
      if (!closed) raw.write(text);
    };

    const flush = () => {
      pending = undefined;
      const version = latest;
      if (closed || version <= sentVersion) return;
      sentVersion = version;
      lastSentAt = Date.now();
      void send(versionEvent(version));
    };

    let latest = 0;
    const onVersion = (version: number) => {
      latest = Math.max(latest, version);
      if (pending) return;
      const wait = lastSentAt + coalesceMs - Date.now();
      if (wait <= 0) flush();
      else pending = setTimeout(flush, wait);
    };

    streams.add(stream);
    // The store tells the current version at once: a phone that reconnects learns whether it missed something.
    unwatch = deps.store.watchVersions(onVersion);
    request.raw.on('close', () => stream.close());
    raw.on('error', () => stream.close());
  });
}
