/**
 * Whether the device is empty or holds the example, and the two actions on it. Removing goes through
 * ConfirmButton, which shows its own refusal; loading keeps its state here.
 */
import { useState } from 'react';
import { removeDemo } from '../../db/app-demo';
import { useDemoState } from '../../db/hooks/use-demo';
import { useMay } from '../../db/hooks/use-may';
import { useSession } from '../../db/hooks/use-session';
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

  // Loading waits for a coordinator's session: an example loaded on a signed-out phone would be sent under the next
  // account to sign in, and double the one the server already holds. Removing follows the access table as it is.
  const session = useSession();
  const mayLoad = useMay('demo.load') === true && Boolean(session);
  const mayRemove = useMay('demo.clear') === true;
  return { state, busy, failed, load, remove: removeDemo, mayLoad, mayRemove };
}
