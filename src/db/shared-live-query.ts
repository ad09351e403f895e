/**
 * Live queries that can start before React mounts and are shared by whoever reads them: one Dexie subscription
 * per key, its last value kept, so the first render of a screen opened by a deep link finds its data already read.
 */
import { liveQuery, type Subscription } from 'dexie';

export interface SharedLiveQuery<T> {
  subscribe(onNext: (value: T) => void, onError?: (error: unknown) => void): { unsubscribe(): void };
  /** useObservable (dexie-react-hooks) takes the value on the first render when there is one. */
  hasValue(): boolean;
  getValue(): T | undefined;
}

interface Listener<T> {
  next: (value: T) => void;
  error?: (error: unknown) => void;
}

// A query nobody reads any more is stopped after this long: it outlives the gap between the app's start, which
// starts it, and the screen's first render, which reads it, and a quick back-and-forth between screens.
const UNUSED_MS = 10_000;
// A seeded query's live read waits for the screen's first paint, or this long when no frame comes (a hidden page).
const SEEDED_START_LATEST_MS = 500;

/**
 * Runs `fn` once, after the next frame has been painted (or after `latestMs` when none comes). The screen shows a
 * seeded value at once; reading it again on this thread before that frame would only push the frame back: the
 * check-off's setting is hundreds of rows for Dexie to read and copy on a phone that has just started the app.
 */
function afterNextPaint(fn: () => void, latestMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(latest);
    fn();
  };
  const latest = setTimeout(once, latestMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
}

function createSharedLiveQuery<T>(querier: () => Promise<T>): SharedLiveQuery<T> & { start(): void; seed(value: T): void } {
  const listeners = new Set<Listener<T>>();
  let subscription: Subscription | null = null;
  let last: { value: T } | { error: unknown } | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let seeded = false;
  let startScheduled = false;

  // Also drops a seeded value nobody came to read: it would be shown stale later.
  const stopIfUnused = () => {
    if (listeners.size > 0) return;
    subscription?.unsubscribe();
    subscription = null;
    last = null;
    seeded = false;
  };
  const startNow = () => {
    startScheduled = false;
    if (subscription) return;
    seeded = false;
    subscription = liveQuery(querier).subscribe({
      next(value) {
        last = { value };
        for (const listener of listeners) listener.next(value);
      },
      error(error: unknown) {
        last = { error };
        for (const listener of listeners) listener.error?.(error);
      },
    });
    clearTimeout(idle);
    if (listeners.size === 0) idle = setTimeout(stopIfUnused, UNUSED_MS);
  };
  const start = () => {
    if (subscription || startScheduled) return;
    if (!seeded) {
      startNow();
      return;
    }
    startScheduled = true;
    afterNextPaint(startNow, SEEDED_START_LATEST_MS);
  };

  const seed = (value: T) => {
    if (subscription || last) return;
    last = { value };
    seeded = true;
    idle = setTimeout(stopIfUnused, UNUSED_MS);
  };

  return {
    start,
    seed,
    hasValue: () => last !== null && 'value' in last,
    getValue: () => (last && 'value' in last ? last.value : undefined),
    subscribe(next, error) {
      const listener: Listener<T> = { next, error };
      listeners.add(listener);
      clearTimeout(idle);
      start();
      if (last && 'value' in last) next(last.value);
      else if (last) error?.(last.error);
      return {
        unsubscribe() {
          if (!listeners.delete(listener) || listeners.size > 0) return;
          clearTimeout(idle);
          idle = setTimeout(stopIfUnused, UNUSED_MS);
        },
      };
    },
  };
}

const queries = new Map<string, ReturnType<typeof createSharedLiveQuery>>();

function sharedQuery<T>(key: string, querier: () => Promise<T>): ReturnType<typeof createSharedLiveQuery<T>> {
  let query = queries.get(key) as ReturnType<typeof createSharedLiveQuery<T>> | undefined;
  if (!query) {
    query = createSharedLiveQuery(querier);
    queries.set(key, query as ReturnType<typeof createSharedLiveQuery>);
  }
  return query;
}

/** The live query of `key`, shared; started now (before anyone subscribes) if it is not running. */
export function sharedLiveQuery<T>(key: string, querier: () => Promise<T>): SharedLiveQuery<T> {
  const query = sharedQuery(key, querier);
  query.start();
  return query;
}

/**
 * Gives the query of `key` a first value read elsewhere (another thread), without starting it: its first reader
 * gets that value at once, and starts the live query after the next paint; its answers replace the value. Ignored once the query has a value
 * or runs; dropped if nobody reads it in time.
 */
export function seedSharedLiveQuery<T>(key: string, querier: () => Promise<T>, value: T): void {
  sharedQuery(key, querier).seed(value);
}
