import { useEffect, useState } from 'react';
import { useHasData } from '../db/hooks/use-has-data';
import { askPersistentStorageOnce, type PersistAnswer } from '../pwa/persistent-storage';

/**
 * Asks for persistent storage once there is something worth keeping (asking on an empty app gets a "no" from
 * browsers that judge by engagement). Returns the browser's answer the one time it is asked, else null. Looks only
 * once `enabled` (the first screen shown): it counts four tables.
 */
export function usePersistWhenData(enabled: boolean): PersistAnswer | null {
  const hasData = useHasData(enabled);
  const [answer, setAnswer] = useState<PersistAnswer | null>(null);
  useEffect(() => {
    if (!hasData) return;
    let current = true;
    void askPersistentStorageOnce().then((result) => {
      if (current && result) setAnswer(result);
    });
    return () => {
      current = false;
    };
  }, [hasData]);
  return answer;
}
