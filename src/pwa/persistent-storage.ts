/** Asks the browser, once, to keep the app's data even when space runs low, and remembers its answer. */
export type PersistAnswer = 'granted' | 'denied' | 'unsupported';

const ASKED_KEY = 'court-circuit.persist-storage';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;
type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export function isPersistAnswer(value: unknown): value is PersistAnswer {
  return value === 'granted' || value === 'denied' || value === 'unsupported';
}

/** The answer given when it was asked, or null if it was never asked on this device. */
export function previousPersistAnswer(store: KeyValueStore = localStorage): PersistAnswer | null {
  const saved = store.getItem(ASKED_KEY);
  return isPersistAnswer(saved) ? saved : null;
}

/**
 * Asks for persistent storage unless it was asked before. Returns the browser's answer the first time and null
 * afterwards, so the answer is shown once and the browser is not asked again on every start.
 */
export async function askPersistentStorageOnce(
  storage: StorageManagerLike | undefined = browserStorage(),
  store: KeyValueStore = localStorage,
): Promise<PersistAnswer | null> {
  if (previousPersistAnswer(store)) return null;
  let answer: PersistAnswer = 'unsupported';
  if (storage?.persist) {
    try {
      answer = (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      answer = 'denied';
    }
  }
  // Saved after the answer (not before) so a second caller during the question still gets it.
  store.setItem(ASKED_KEY, answer);
  return answer;
}

/** Whether the browser currently keeps the data for sure (for a settings screen); 'unsupported' without the API. */
export async function currentPersistState(storage: StorageManagerLike | undefined = browserStorage()): Promise<PersistAnswer> {
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'granted' : 'denied';
}
