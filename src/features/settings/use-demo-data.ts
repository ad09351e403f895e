/**
 * Whether the device is empty or holds the example, and the two actions on it. Removing goes through
 * ConfirmButton, which shows its own refusal; loading keeps its state here.
 */
import { useState } from 'react';
import { removeDemo } from '../../db/app-demo';
import { useDemoState } from '../../db/hooks/use-demo';
import { mutate, preloadWritePath } from '../../db/mutators';

export function useDemoData() {
  const state = useDemoState();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const load = async () => {
    setBusy(true);
    setFailed(false);
    try {
      // Both loaded on demand, side by side: the example is only needed once, and must not weigh on the app's first load.
      preloadWritePath();
      const { buildDemoDataset } = await import('../../data/demo-dataset');
      setFailed(!(await mutate('demo.load', buildDemoDataset())).ok);
    } finally {
      setBusy(false);
    }
  };

  return { state, busy, failed, load, remove: removeDemo };
}
