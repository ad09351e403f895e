/** Starts the app's sync once `start` turns true (the first screen is shown), and stops it when the app unmounts. */
import { useEffect } from 'react';
import type { Transport } from '../../sync/transport';

export function useSyncRuntime(transport: Transport, start: boolean): void {
  useEffect(() => {
    if (!start) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    // The engine and the protocol's schemas are loaded only now: on a slow phone, evaluating them and the engine's
    // first reads took the CPU and IndexedDB from the screen the user opened.
    void import('./start-app-sync').then(({ startAppSync }) => {
      if (!cancelled) stop = startAppSync(transport);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [transport, start]);
}
