/** Starts the app's sync once, after the first paint, and stops it when the app unmounts. */
import { useEffect } from 'react';
import type { Transport } from '../../sync/transport';

export function useSyncRuntime(transport: Transport): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    // The engine and the protocol's schemas are loaded after the first paint: the stand must be usable first.
    void import('./start-app-sync').then(({ startAppSync }) => {
      if (!cancelled) stop = startAppSync(transport);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [transport]);
}
