/**
 * Whether the device is empty or holds the example, and the two actions on it. Removing goes through
 * ConfirmButton, which shows its own refusal; loading keeps its state here.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { clearDemo, loadDemo } from '../../db/demo';
import type { MutationResult } from '../../db/mutators';
import { hasAnyData, hasDemoData } from '../../db/queries';

export interface DemoState {
  empty: boolean;
  hasDemo: boolean;
}

export function useDemoData() {
  const state = useLiveQuery(async (): Promise<DemoState> => ({ empty: !(await hasAnyData(db)), hasDemo: await hasDemoData(db) }), []);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const load = async () => {
    setBusy(true);
    setFailed(false);
    try {
      // Imported on demand: the example is only needed once, and must not weigh on the app's first load.
      const { buildDemoDataset } = await import('../../data/demo-dataset');
      setFailed(!(await loadDemo(db, buildDemoDataset())).ok);
    } finally {
      setBusy(false);
    }
  };

  return { state, busy, failed, load, remove: (): Promise<MutationResult> => clearDemo(db) };
}
