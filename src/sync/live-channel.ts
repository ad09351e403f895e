/**
 * The live channel: while the app is online, signed in and visible, it holds GET /api/sync/events open and, when
 * the server announces a version above this device's cursor, asks the scheduler for a sync (which pulls as usual,
 * so the access rules apply; the scheduler never runs two at once). It is only an optimisation: the periodic sync
 * still guarantees progress when it is closed, refused or cut by a proxy.
 *
 * fetch, not EventSource: EventSource cannot send the Authorization header. The stream is read with
 * eventsource-parser. After a failure or an end it reconnects with doubling delays and jitter (1 s to 60 s),
 * starting over once a connection has held.
 */
import { createParser } from 'eventsource-parser';
import { LIVE_EVENTS_PATH, LIVE_VERSION_EVENT, PROTOCOL_HEADER, PROTOCOL_VERSION } from './protocol';
import type { Transport } from './transport';

export const LIVE_FIRST_DELAY_MS = 1_000;
export const LIVE_MAX_DELAY_MS = 60_000;
/** A connection that stayed open this long was a good one: the next reconnection starts from the first delay. */
export const LIVE_GOOD_CONNECTION_MS = 10_000;

export interface LiveChannelOptions {
  transport: Transport;
  /** The session token, or null once signed out (the channel then stays closed). */
  token: () => Promise<string | null>;
  /** The device's pull cursor: an announced version at or below it is already here. */
  cursor: () => Promise<number>;
  /** Asks for a sync as soon as possible (the scheduler's syncSoon). */
  onNewVersion: () => void;
  random?: () => number;
  now?: () => number;
}

export interface LiveChannel {
  /** Opens the channel (if not open) or closes it. */
  setActive(active: boolean): void;
  /** Whether a stream is open right now. */
  readonly connected: boolean;
}

/** The wait before reconnection attempt `attempt` (1, 2, …): doubling from 1 s, capped at 60 s, half of it jitter. */
export function liveReconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(LIVE_MAX_DELAY_MS, LIVE_FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.5 + random() / 2));
}

function abortableWait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/** Answers after which reconnecting cannot help: the sync shows the user what to do (sign in again, update). */
const FINAL_STATUSES = new Set([401, 403, 426]);

export function createLiveChannel(options: LiveChannelOptions): LiveChannel {
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  let controller: AbortController | null = null;
  let connected = false;

  /** Reads one stream to its end; returns whether the server answered with a stream at all. */
  async function connect(token: string, signal: AbortSignal): Promise<'ended' | 'final'> {
    const { transport } = options;
    const response = await transport.fetch(`${transport.baseUrl}${LIVE_EVENTS_PATH}`, {
      headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      cache: 'no-store',
      signal,
    });
    if (FINAL_STATUSES.has(response.status)) {
      // The sync meets the same refusal and records it (blocked, or signed out): its screen says what to do.
      options.onNewVersion();
      return 'final';
    }
    if (!response.ok || !response.body) throw new Error(`live channel: HTTP ${response.status}`);
    connected = true;
    let checks = Promise.resolve();
    const parser = createParser({
      onEvent(event) {
        if (event.event !== LIVE_VERSION_EVENT) return;
        const version = Number(event.data);
        if (!Number.isSafeInteger(version)) return;
        // In order, so a slow cursor read never lets an older event decide after a newer one.
        checks = checks.then(async () => {
          if (version > (await options.cursor())) options.onNewVersion();
        });
      },
    });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } finally {
      connected = false;
      reader.releaseLock();
    }
    await checks;
    return 'ended';
  }

  async function run(signal: AbortSignal): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      const token = await options.token();
      if (!token || signal.aborted) return;
      const openedAt = now();
      try {
        if ((await connect(token, signal)) === 'final') return;
      } catch {
        // A network failure or a refusal: try again later, the periodic sync covers the meantime.
      }
      if (signal.aborted) return;
      attempt = now() - openedAt >= LIVE_GOOD_CONNECTION_MS ? 1 : attempt + 1;
      await abortableWait(liveReconnectDelay(attempt, random), signal);
    }
  }

  return {
    setActive(active) {
      if (active && !controller) {
        const current = new AbortController();
        controller = current;
        void run(current.signal).finally(() => {
          if (controller === current) controller = null;
        });
      } else if (!active && controller) {
        controller.abort();
        controller = null;
        connected = false;
      }
    },
    get connected() {
      return connected;
    },
  };
}
