// @vitest-environment node
/**
 * The live channel on a real port: an event with the new version after another phone's push, nothing while nothing
 * changes but the heartbeat, no stream without a session, a revoked session's stream closed, and the stream limits.
 */
import { afterEach, expect, it } from 'vitest';
import { createParser } from 'eventsource-parser';
import { LIVE_EVENTS_PATH } from '../../src/sync/protocol';
import { signUpArgs } from '../factories/entities';
import { PROTOCOL, accountWithPhone, bearer, push, startAuthApp, type AuthApp, type Phone } from '../helpers/auth-app';

let running: AuthApp | undefined;
const opened: AbortController[] = [];

afterEach(async () => {
  for (const controller of opened.splice(0)) controller.abort();
  await running?.close();
  running = undefined;
});

interface Stream {
  status: number;
  headers: Headers;
  /** Versions received so far, in order. */
  versions: number[];
  comments: number;
  /** Settles when the server ends the stream. */
  ended: Promise<void>;
  /** Resolves with the first version received (already or later) that satisfies `until`. */
  nextVersion(until?: (version: number) => boolean): Promise<number>;
}

async function start(limits: Parameters<typeof startAuthApp>[0] = {}): Promise<{ base: string; a: Phone; b: Phone; t: AuthApp }> {
  const started = await startAuthApp(limits);
  running = started;
  const address = await started.app.listen({ port: 0, host: '127.0.0.1' });
  const a = await accountWithPhone(started.accounts, { login: 'marie', name: 'Marie', role: 'coordinator' }, 'phone-a');
  const b = { ...(await accountWithPhone(started.accounts, { login: 'paul', name: 'Paul', role: 'coordinator' }, 'phone-b')) };
  return { base: address, a, b, t: started };
}

async function open(base: string, headers: Record<string, string>): Promise<Stream> {
  const controller = new AbortController();
  opened.push(controller);
  const response = await fetch(`${base}${LIVE_EVENTS_PATH}`, { headers, signal: controller.signal });
  const waiters: { until: (version: number) => boolean; resolve: (version: number) => void }[] = [];
  const stream: Stream = {
    status: response.status,
    headers: response.headers,
    versions: [],
    comments: 0,
    ended: Promise.resolve(),
    nextVersion: (until = () => true) =>
      new Promise((resolve) => {
        const seen = stream.versions.find(until);
        if (seen === undefined) waiters.push({ until, resolve });
        else resolve(seen);
      }),
  };
  if (!response.ok || !response.body) return stream;
  const parser = createParser({
    onEvent(event) {
      const version = Number(event.data);
      stream.versions.push(version);
      for (const waiter of waiters.splice(0)) {
        if (waiter.until(version)) waiter.resolve(version);
        else waiters.push(waiter);
      }
    },
    onComment() {
      stream.comments += 1;
    },
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  stream.ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        parser.feed(value);
      }
    } catch {
      // Aborted by the test.
    }
  })();
  return stream;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const latestVersion = async (t: AuthApp) => (await t.store.accountsDb.get<{ v: number }>('SELECT max(version) AS v FROM rows'))?.v;

it('tells a phone the new version after another phone pushes, and nothing more while nothing changes', async () => {
  const { base, a, b, t } = await start({ liveEvents: { heartbeatMs: 60_000 } });
  const stream = await open(base, bearer(b.token));
  expect(stream.status).toBe(200);
  expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
  expect(stream.headers.get('x-accel-buffering')).toBe('no');
  // The security headers of every answer are kept on the hijacked one.
  expect(stream.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(await stream.nextVersion()).toBe(0);

  const next = stream.nextVersion((version) => version > 0);
  expect((await push(t.app, a, 'member.signUp', signUpArgs())).outcome?.status).toBe('applied');
  const version = await next;
  expect(version).toBe(await latestVersion(t));

  await wait(400);
  expect(stream.versions).toEqual([0, version]);
  expect(stream.comments).toBe(0);
});

it('sends a burst of pushes as few events ending on the last version', async () => {
  const { base, a, b, t } = await start({ liveEvents: { heartbeatMs: 60_000, coalesceMs: 200 } });
  const stream = await open(base, bearer(b.token));
  await stream.nextVersion();
  for (let index = 0; index < 5; index += 1) await push(t.app, a, 'member.signUp', signUpArgs());
  const last = await latestVersion(t);
  await stream.nextVersion((version) => version === last);
  // The first push is told at once, the rest at most once per window.
  expect(stream.versions.length).toBeLessThanOrEqual(3);
  expect(stream.versions.at(-1)).toBe(last);
});

it('keeps an idle stream open with comment lines', async () => {
  const { base, b } = await start({ liveEvents: { heartbeatMs: 50 } });
  const stream = await open(base, bearer(b.token));
  await wait(300);
  expect(stream.comments).toBeGreaterThanOrEqual(3);
  expect(stream.versions).toEqual([0]);
});

it('refuses a stream without a session or without the protocol header', async () => {
  const { base, b } = await start();
  const none = await fetch(`${base}${LIVE_EVENTS_PATH}`, { headers: PROTOCOL });
  expect(none.status).toBe(401);
  expect(await none.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  const bad = await fetch(`${base}${LIVE_EVENTS_PATH}`, { headers: { ...PROTOCOL, authorization: 'Bearer nope' } });
  expect(bad.status).toBe(401);
  const old = await fetch(`${base}${LIVE_EVENTS_PATH}`, { headers: { authorization: `Bearer ${b.token}` } });
  expect(old.status).toBe(426);
});

it('closes the stream of a session revoked meanwhile at its next heartbeat', async () => {
  const { base, b, t } = await start({ liveEvents: { heartbeatMs: 50 } });
  const stream = await open(base, bearer(b.token));
  await stream.nextVersion();
  await t.accounts.revokeSession(b.sessionId);
  const outcome = await Promise.race([stream.ended.then(() => 'ended'), wait(2_000).then(() => 'still open')]);
  expect(outcome).toBe('ended');
});

it('keeps the newest streams of a session and answers 503 beyond the server’s limit', async () => {
  const { base, a, b } = await start({ liveEvents: { heartbeatMs: 60_000, perSession: 2, total: 3 } });
  const first = await open(base, bearer(b.token));
  const second = await open(base, bearer(b.token));
  await first.nextVersion();
  const third = await open(base, bearer(b.token));
  expect(third.status).toBe(200);
  const outcome = await Promise.race([first.ended.then(() => 'ended'), wait(2_000).then(() => 'still open')]);
  expect(outcome).toBe('ended');

  const ofA = await open(base, bearer(a.token));
  expect(ofA.status).toBe(200);
  const beyond = await fetch(`${base}${LIVE_EVENTS_PATH}`, { headers: bearer(a.token) });
  // A's second stream is within its session's limit, but the server already holds three.
  expect(beyond.status).toBe(503);
  expect(beyond.headers.get('retry-after')).toBe('30');
  expect(await beyond.json()).toMatchObject({ error: { code: 'serverBusy' } });
  expect(second.status).toBe(200);
});

it('is never held back by compression, even for a phone that accepts brotli and gzip', async () => {
  const { base, a, b, t } = await start({ liveEvents: { heartbeatMs: 60_000 } });
  const stream = await open(base, { ...bearer(b.token), 'accept-encoding': 'br, gzip' });
  expect(stream.status).toBe(200);
  // A compressor would hold each small event in its buffer until enough bytes came: the stream goes out as it is.
  expect(stream.headers.get('content-encoding')).toBeNull();
  expect(stream.headers.get('cache-control')).toContain('no-transform');
  expect(await stream.nextVersion()).toBe(0);
  const next = stream.nextVersion((version) => version > 0);
  await push(t.app, a, 'member.signUp', signUpArgs());
  const outcome = await Promise.race([next.then(() => 'received'), wait(2_000).then(() => 'held back')]);
  expect(outcome).toBe('received');
});
