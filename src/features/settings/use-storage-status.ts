/** What the browser says about this app's storage: kept for sure or not, how much is used, and asking to keep it. */
import { useEffect, useState } from 'react';

export type Persistence = 'persisted' | 'notPersisted' | 'unsupported';

export interface StorageEstimateFigures {
  usage: number;
  quota: number;
}

// Older browsers and jsdom have no navigator.storage at all, or only part of it.
function storageManager(): Partial<StorageManager> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

async function readPersistence(): Promise<Persistence> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'persisted' : 'notPersisted';
}

async function readEstimate(): Promise<StorageEstimateFigures | null> {
  const storage = storageManager();
  if (!storage?.estimate) return null;
  const { usage, quota } = await storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

export function useStorageStatus() {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimateFigures | null>(null);
  const [answer, setAnswer] = useState<'granted' | 'denied' | null>(null);

  useEffect(() => {
    let mounted = true;
    void Promise.all([readPersistence().catch(() => 'unsupported' as const), readEstimate().catch(() => null)]).then(([p, e]) => {
      if (!mounted) return;
      setPersistence(p);
      setEstimate(e);
    });
    return () => {
      mounted = false;
    };
  }, []);

  const ask = async () => {
    const storage = storageManager();
    if (!storage?.persist) return;
    const granted = await storage.persist().catch(() => false);
    setAnswer(granted ? 'granted' : 'denied');
    setPersistence(granted ? 'persisted' : 'notPersisted');
  };

  return { persistence, estimate, answer, ask };
}
