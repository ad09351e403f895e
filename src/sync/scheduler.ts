/**
 * When sync runs: at start, when the network comes back, when the app becomes visible, shortly after local writes
 * (at once after the writes another phone at the same table is waiting for), when the live channel announces a new
 * version, and on a slow timer; after a failure it backs off. Only one tab of the device syncs at a time (Web Locks),
 * and a tab never runs two syncs at once: a request made during one runs once it ends.
 */
import type { CourtCircuitDb } from '../db/database';
import { watchOutbox } from '../db/watch';
import type { SyncEngine, SyncResult } from './engine';

export interface SchedulerOptions {
  db: CourtCircuitDb;
  engine: Pick<SyncEngine, 'syncOnce'>;
  lockName?: string;
  afterWriteDelayMs?: number;
  slowIntervalMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
}

export interface SyncScheduler {
  /** Runs a sync now (or waits for the one in course) and returns its result; null if another tab holds the lock. */
  syncNow(): Promise<SyncResult | null>;
  /**
   * Runs a sync as soon as possible: now, or right after the one in course (which may have pulled before the change
   * that prompted this). Several requests during one sync make one more sync, not several.
   */
  syncSoon(): void;
  stop(): void;
}

const FIRST_BACKOFF_MS = 2_000;

/**
 * Writes another phone may be waiting for at the same moment (the same check-off, the same stand): sent at once
 * rather than after the debounce, so a basket is not handed out twice.
 */
export const IMMEDIATE_MUTATIONS: ReadonlySet<string> = new Set(['pickup.record', 'member.signUp', 'attendance.record', 'volunteer.take']);

/** Delay before the next attempt after `failures` failures in a row: doubling, capped, with jitter. */
export function backoffDelay(failures: number, maxMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxMs, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.5 + random() / 2));
}

async function withDeviceLock<T>(name: string, task: () => Promise<T>): Promise<T | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? task() : null));
}

export function startSyncScheduler(options: SchedulerOptions): SyncScheduler {
  const { db, engine } = options;
  const lockName = options.lockName ?? `court-circuit-sync:${db.name}`;
  const afterWriteDelayMs = options.afterWriteDelayMs ?? 1_500;
  const slowIntervalMs = options.slowIntervalMs ?? 60_000;
  const maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
  let failures = 0;
  let running: Promise<SyncResult | null> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let again = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), delayMs);
  };

  const syncNow = (): Promise<SyncResult | null> => {
    if (running) return running;
    running = withDeviceLock(lockName, () => engine.syncOnce())
      .then((result) => {
        // A blocked sync (old app, revoked phone) waits for the user; retrying would only hammer the server.
        if (result && !result.ok && !result.failure.blocked) failures += 1;
        else failures = 0;
        schedule(failures > 0 ? backoffDelay(failures, maxBackoffMs, options.random) : slowIntervalMs);
        return result;
      })
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void syncNow();
        }
      });
    return running;
  };

  const syncSoon = () => {
    if (stopped) return;
    if (running) again = true;
    else void syncNow();
  };

  const onOnline = () => void syncNow();
  const onVisible = () => {
    if (document.visibilityState === 'visible') void syncNow();
  };
  let lastCount: number | undefined;
  const unwatch = watchOutbox(db, ({ count, newest }) => {
    const grew = lastCount !== undefined && count > lastCount;
    const first = lastCount === undefined;
    lastCount = count;
    if (first || count === 0 || failures > 0) return;
    // Offline, the `online` event sends it; trying now would only count a failure and back off.
    if (grew && newest && IMMEDIATE_MUTATIONS.has(newest) && navigator.onLine !== false) syncSoon();
    else schedule(afterWriteDelayMs);
  });
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  void syncNow();

  return {
    syncNow,
    syncSoon,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unwatch();
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
