/**
 * When sync runs: at start, when the network comes back, when the app becomes visible, shortly after local writes,
 * and on a slow timer; after a failure it backs off. Only one tab of the device syncs at a time (Web Locks).
 */
import type { CourtCircuitDb } from '../db/database';
import { watchOutboxCount } from '../db/watch';
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
  stop(): void;
}

const FIRST_BACKOFF_MS = 2_000;

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
      });
    return running;
  };

  const onOnline = () => void syncNow();
  const onVisible = () => {
    if (document.visibilityState === 'visible') void syncNow();
  };
  let firstCount = true;
  const unwatch = watchOutboxCount(db, (count) => {
    if (firstCount) {
      firstCount = false;
      return;
    }
    if (count > 0 && failures === 0) schedule(afterWriteDelayMs);
  });
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  void syncNow();

  return {
    syncNow,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unwatch();
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
