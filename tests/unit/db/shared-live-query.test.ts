import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { seedSharedLiveQuery, sharedLiveQuery } from '../../../src/db/shared-live-query';
import { resetAppDb } from '../../helpers/app-db';

beforeEach(async () => {
  await resetAppDb();
});

afterEach(() => {
  vi.useRealTimers();
});

let keys = 0;
const newKey = () => `test-${(keys += 1)}`;

describe('sharedLiveQuery', () => {
  it('runs once for all its readers, hands a late reader the value at once, and follows the writes', async () => {
    const querier = vi.fn(() => db.outbox.count());
    const key = newKey();
    const query = sharedLiveQuery(key, querier);
    expect(sharedLiveQuery(key, querier)).toBe(query);
    await vi.waitFor(() => expect(query.hasValue()).toBe(true));
    expect(query.getValue()).toBe(0);

    const seen: number[] = [];
    const reader = query.subscribe((value) => seen.push(value));
    expect(seen).toEqual([0]);
    expect(querier).toHaveBeenCalledTimes(1);

    await db.outbox.add({
      mutationId: 1,
      clientId: 'c',
      name: 'test',
      args: {},
      hlc: 'h',
      createdAt: '2026-11-28T10:00:00.000Z',
      writes: [],
    });
    await vi.waitFor(() => expect(seen).toEqual([0, 1]));
    reader.unsubscribe();
  });

  it('stops a query nobody reads after a while, and starts it again for a new reader', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const querier = vi.fn(() => db.outbox.count());
    const key = newKey();
    const query = sharedLiveQuery(key, querier);
    await vi.waitFor(() => expect(query.hasValue()).toBe(true));
    vi.advanceTimersByTime(9_000);
    expect(query.hasValue()).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(query.hasValue()).toBe(false);
    vi.useRealTimers();

    const seen: number[] = [];
    const reader = query.subscribe((value) => seen.push(value));
    await vi.waitFor(() => expect(seen).toEqual([0]));
    expect(querier).toHaveBeenCalledTimes(2);
    reader.unsubscribe();
  });
});

describe('seedSharedLiveQuery', () => {
  it('gives the first reader a value read elsewhere at once; the live query, started by that reader, replaces it', async () => {
    const querier = vi.fn(() => db.outbox.count());
    const key = newKey();
    seedSharedLiveQuery(key, querier, 41);
    expect(querier).not.toHaveBeenCalled();

    const seen: number[] = [];
    const reader = sharedLiveQuery(key, querier).subscribe((value) => seen.push(value));
    expect(seen).toEqual([41]);
    await vi.waitFor(() => expect(seen).toEqual([41, 0]));
    expect(querier).toHaveBeenCalledTimes(1);
    reader.unsubscribe();
  });

  it('starts the live read of a seeded query only after the next frame, so the seed is painted first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const querier = vi.fn(() => db.outbox.count());
    const key = newKey();
    seedSharedLiveQuery(key, querier, 41);
    const reader = sharedLiveQuery(key, querier).subscribe(() => undefined);
    // What runs before the browser paints: the microtasks and the tasks already due.
    for (let turn = 0; turn < 5; turn += 1) {
      vi.advanceTimersByTime(1);
      await Promise.resolve();
    }
    expect(querier).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    vi.useRealTimers();
    await vi.waitFor(() => expect(querier).toHaveBeenCalledTimes(1));
    reader.unsubscribe();
  });

  it('changes nothing for a query that already runs, and drops a value nobody came to read', async () => {
    const running = newKey();
    const query = sharedLiveQuery(running, () => db.outbox.count());
    await vi.waitFor(() => expect(query.hasValue()).toBe(true));
    seedSharedLiveQuery(running, () => db.outbox.count(), 41);
    expect(query.getValue()).toBe(0);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const unread = newKey();
    seedSharedLiveQuery(unread, () => db.outbox.count(), 41);
    vi.advanceTimersByTime(10_000);
    const later = sharedLiveQuery(unread, () => db.outbox.count());
    expect(later.hasValue()).toBe(false);
  });
});
