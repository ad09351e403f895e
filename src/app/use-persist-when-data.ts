import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { hasAnyData } from '../db/queries';
import { askPersistentStorageOnce, type PersistAnswer } from '../pwa/persistent-storage';

/**
 * Asks for persistent storage once there is something worth keeping (asking on an empty app gets a "no" from
 * browsers that judge by engagement). Returns the browser's answer the one time it is asked, else null. Looks only
 * once `enabled` (the first screen shown): it counts four tables.
 */
export function usePersistWhenData(enabled: boolean): PersistAnswer | null {
  const hasData = useLiveQuery(() => (enabled ? hasAnyData(db) : false), [enabled], false);
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
