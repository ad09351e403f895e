/**
 * The live channel against a fake fetch whose bodies the test streams: a sync asked for on a version above the
 * cursor only, the reconnection delays (doubling from 1 s to 60 s, reset after a connection that held), no retry
 * after a refused session, and the channel closed when the phone goes offline or signs out.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../../src/db/session';
import { updateSyncState } from '../../../src/db/sync-state';
import { createLiveChannel, liveReconnectDelay } from '../../../src/sync/live-channel';
import { startLiveSync } from '../../../src/sync/live-sync';
import { LIVE_EVENTS_PATH, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../src/sync/protocol';
import type { Transport } from '../../../src/sync/transport';
import { freshDbPerTest } from '../../factories/fresh-db';

interface OpenStream {
  url: string;
  headers: Record<string, string>;
  at: number;
  signal: AbortSignal;
  send(text: string): void;
  end(): void;
}

/** A fetch whose every call answers `status` and, for a 200, a body the test writes to through `streams`. */
function streamingFetch(answer: () => number | 'network-error' = () => 200) {
  const streams: OpenStream[] = [];
  const calls: number[] = [];
  const transport: Transport = {
    baseUrl: 'https://example.test',
    async fetch(input, init) {
      calls.push(Date.now());
      const status = answer();
      if (status === 'network-error') throw new TypeError('Failed to fetch');
      if (status !== 200) return new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'no' } }), { status });
      const encoder = new TextEncoder();
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          controller = c;
        },
      });
      const signal = init?.signal as AbortSignal;
      signal.addEventListener('abort', () => controller.error(new DOMException('Aborted', 'AbortError')));
      streams.push({
        url: input,
        headers: init?.headers as Record<string, string>,
        at: Date.now(),
        signal,
        send: (text) => controller.enqueue(encoder.encode(text)),
        end: () => controller.close(),
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
    },
  };
  return { transport, streams, calls };
}

const version = (n: number) => `event: version\ndata: ${n}\n\n`;

describe('reconnection delays', () => {
  it('double from 1 s to at most 60 s, half of each being jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempt) => liveReconnectDelay(attempt, () => 1))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
    expect(liveReconnectDelay(1, () => 0)).toBe(500);
    expect(liveReconnectDelay(7, () => 0)).toBe(30_000);
  });
});

describe('live channel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens the stream with the session and protocol headers and asks for a sync only above the cursor', async () => {
    const { transport, streams } = streamingFetch();
    const onNewVersion = vi.fn();
    const channel = createLiveChannel({ transport, token: async () => 't0k', cursor: async () => 10, onNewVersion });
    channel.setActive(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(streams).toHaveLength(1);
    expect(streams[0]?.url).toBe(`https://example.test${LIVE_EVENTS_PATH}`);
    expect(streams[0]?.headers).toMatchObject({ authorization: 'Bearer t0k', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) });
    expect(channel.connected).toBe(true);

    streams[0]?.send(version(7));
    streams[0]?.send(':\n\n');
    streams[0]?.send(version(10));
    await vi.advanceTimersByTimeAsync(0);
    expect(onNewVersion).not.toHaveBeenCalled();
    // An event split across two chunks is read whole.
    streams[0]?.send('event: version\nda');
    streams[0]?.send('ta: 11\n\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(onNewVersion).toHaveBeenCalledTimes(1);

    channel.setActive(false);
    expect(streams[0]?.signal.aborted).toBe(true);
    expect(channel.connected).toBe(false);
  });

  it('reconnects after 1, 2, 4… s with jitter, and from 1 s again after a connection that held', async () => {
    let failing = true;
    const { transport, streams, calls } = streamingFetch(() => (failing ? 'network-error' : 200));
    const start = Date.now();
    const channel = createLiveChannel({
      transport,
      token: async () => 't',
      cursor: async () => 0,
      onNewVersion: () => {},
      random: () => 1,
    });
    channel.setActive(true);
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000 + 8_000);
    expect(calls.map((at) => at - start)).toEqual([0, 1_000, 3_000, 7_000, 15_000]);

    failing = false;
    await vi.advanceTimersByTimeAsync(16_000);
    expect(streams).toHaveLength(1);
    // Held for a minute, then cut by a proxy: the next attempt comes after the first delay, not the sixth.
    await vi.advanceTimersByTimeAsync(60_000);
    streams[0]?.end();
    await vi.advanceTimersByTimeAsync(999);
    expect(streams).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(streams).toHaveLength(2);
    channel.setActive(false);
  });

  it('stops after a refused session and lets the sync record why', async () => {
    const { transport, calls } = streamingFetch(() => 401);
    const onNewVersion = vi.fn();
    const channel = createLiveChannel({ transport, token: async () => 't', cursor: async () => 0, onNewVersion });
    channel.setActive(true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
    expect(onNewVersion).toHaveBeenCalledTimes(1);
  });
});

describe('live sync on the app’s conditions', () => {
  const db = freshDbPerTest('live-sync');
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function settle() {
    // Dexie's live queries and the channel's loop both run on real promises and timers here.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  it('opens once signed in, closes when offline, reopens online, closes on sign-out, and syncs on a new version', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const { transport, streams } = streamingFetch();
    const syncSoon = vi.fn();
    const live = startLiveSync({ db: db(), transport, syncSoon });
    await settle();
    expect(streams).toHaveLength(0);

    await saveSession(
      db(),
      { token: 't0k', sessionId: 's1', user: { id: 'u1', login: 'marie', name: 'Marie', role: 'coordinator' } },
      '2026-06-20T10:00:00.000Z',
    );
    await updateSyncState(db(), { cursor: 5 });
    await settle();
    expect(streams).toHaveLength(1);
    streams[0]?.send(version(5));
    streams[0]?.send(version(6));
    await settle();
    expect(syncSoon).toHaveBeenCalledTimes(1);

    onLine.mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    expect(streams[0]?.signal.aborted).toBe(true);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(streams).toHaveLength(2);

    await db().session.delete('session');
    await settle();
    expect(streams[1]?.signal.aborted).toBe(true);
    live.stop();
  });
});
