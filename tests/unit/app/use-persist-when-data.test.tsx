import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePersistWhenData } from '../../../src/app/use-persist-when-data';
import { mutate } from '../../../src/db/mutators';
import { previousPersistAnswer } from '../../../src/pwa/persistent-storage';
import { resetAppDb } from '../../helpers/app-db';
import { producerArgs } from '../../factories/entities';

const persist = vi.fn(async () => true);

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  persist.mockClear();
  vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted: vi.fn(async () => false) } });
});

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('usePersistWhenData', () => {
  it('does not ask while the app is empty, asks once data exists, and reports the answer', async () => {
    const { result } = renderHook(() => usePersistWhenData(true));
    // Give the live query time to answer "no data".
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(persist).not.toHaveBeenCalled();
    expect(result.current).toBeNull();

    const created = await mutate('producer.create', producerArgs());
    expect(created.ok).toBe(true);
    await waitFor(() => expect(result.current).toBe('granted'));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(previousPersistAnswer()).toBe('granted');
  });

  it('does not ask again on a later start', async () => {
    await mutate('producer.create', producerArgs());
    const first = renderHook(() => usePersistWhenData(true));
    await waitFor(() => expect(first.result.current).toBe('granted'));
    first.unmount();

    const second = renderHook(() => usePersistWhenData(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second.result.current).toBeNull();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
