import { beforeEach, describe, expect, it, vi } from 'vitest';
import { askPersistentStorageOnce, currentPersistState, previousPersistAnswer } from '../../../src/pwa/persistent-storage';

function memoryStore() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

function storageAnswering(granted: boolean) {
  return { persist: vi.fn(async () => granted), persisted: vi.fn(async () => granted) };
}

let store: ReturnType<typeof memoryStore>;
beforeEach(() => {
  store = memoryStore();
});

describe('askPersistentStorageOnce', () => {
  it('asks the browser the first time and reports its answer, then never asks again', async () => {
    const storage = storageAnswering(true);
    expect(await askPersistentStorageOnce(storage, store)).toBe('granted');
    expect(await askPersistentStorageOnce(storage, store)).toBeNull();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(previousPersistAnswer(store)).toBe('granted');
  });

  it('reports a refusal', async () => {
    expect(await askPersistentStorageOnce(storageAnswering(false), store)).toBe('denied');
    expect(previousPersistAnswer(store)).toBe('denied');
  });

  it('reports a browser without the API, and one whose question fails', async () => {
    expect(await askPersistentStorageOnce(undefined, store)).toBe('unsupported');
    const failing = { persist: vi.fn(async () => Promise.reject(new Error('nope'))), persisted: vi.fn(async () => false) };
    expect(await askPersistentStorageOnce(failing, memoryStore())).toBe('denied');
  });

  it('uses localStorage by default', async () => {
    localStorage.clear();
    expect(previousPersistAnswer()).toBeNull();
    await askPersistentStorageOnce(storageAnswering(false));
    expect(previousPersistAnswer()).toBe('denied');
    localStorage.clear();
  });
});

describe('currentPersistState', () => {
  it('reads what the browser says now', async () => {
    expect(await currentPersistState(storageAnswering(true))).toBe('granted');
    expect(await currentPersistState(storageAnswering(false))).toBe('denied');
    expect(await currentPersistState(undefined)).toBe('unsupported');
  });
});
