/**
 * The scheduler's timing: a tick or a sign-up is sent at once, other writes after the debounce; a sync asked for
 * during another runs once right after it, never at the same time.
 */
import { afterEach, expect, it, vi } from 'vitest';
import type { CourtCircuitDb } from '../../../src/db/database';
import type { SyncResult } from '../../../src/sync/engine';
import { startSyncScheduler, type SyncScheduler } from '../../../src/sync/scheduler';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('scheduler');
let scheduler: SyncScheduler | undefined;
afterEach(() => {
  scheduler?.stop();
  vi.restoreAllMocks();
});

const OK: SyncResult = { ok: true, pushed: 0, rejected: 0, pulled: 0 };
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** An engine whose syncs end when the test says, counting those running at once. */
function gatedEngine() {
  const gates: (() => void)[] = [];
  let running = 0;
  let most = 0;
  const engine = {
    syncOnce: vi.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running -= 1;
      return OK;
    }),
  };
  return { engine, release: () => gates.splice(0).forEach((open) => open()), most: () => most };
}

let nextId = 1;
const write = (database: CourtCircuitDb, name: string) =>
  database.outbox.add({ mutationId: nextId++, clientId: 'c', name, args: {}, hlc: '', createdAt: '', writes: [] });

it('sends a tick at once and another write after the debounce', async () => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  const { engine, release } = gatedEngine();
  scheduler = startSyncScheduler({ db: db(), engine, afterWriteDelayMs: 10_000, slowIntervalMs: 600_000 });
  await settle();
  release();
  await settle();
  expect(engine.syncOnce).toHaveBeenCalledTimes(1);

  await write(db(), 'pickup.record');
  await settle();
  expect(engine.syncOnce).toHaveBeenCalledTimes(2);
  release();
  await settle();

  await write(db(), 'offer.update');
  await settle(200);
  expect(engine.syncOnce).toHaveBeenCalledTimes(2);
});

it('runs a sync asked for during another once right after it, never two at once', async () => {
  const { engine, release, most } = gatedEngine();
  scheduler = startSyncScheduler({ db: db(), engine, slowIntervalMs: 600_000 });
  await settle();
  expect(engine.syncOnce).toHaveBeenCalledTimes(1);
  scheduler.syncSoon();
  scheduler.syncSoon();
  scheduler.syncSoon();
  release();
  await settle();
  expect(engine.syncOnce).toHaveBeenCalledTimes(2);
  release();
  await settle();
  expect(engine.syncOnce).toHaveBeenCalledTimes(2);
  expect(most()).toBe(1);
});
