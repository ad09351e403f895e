/**
 * On a cold start the screen that was asked for comes first. What can wait (the sync engine and its schemas, the
 * example-data banner and its table scans, the storage question) waits until the route's screen has rendered and
 * the browser has a free moment: on a slow phone they otherwise compete with the screen's code and data.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { whenIdle } from '../ui/when-idle';

// A screen that never renders (its code failed to load) does not hold the rest back for longer than this.
const LATEST_MS = 3_000;
const IDLE_TIMEOUT_MS = 500;

let settled = false;
let scheduled = false;
const listeners = new Set<() => void>();

function settle(): void {
  if (settled) return;
  settled = true;
  for (const listener of listeners) listener();
}

function screenRendered(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(settle, IDLE_TIMEOUT_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** False until the first screen is on screen; then true for the rest of the app's life. */
export function useFirstScreenSettled(): boolean {
  useEffect(() => {
    const latest = setTimeout(settle, LATEST_MS);
    return () => clearTimeout(latest);
  }, []);
  return useSyncExternalStore(subscribe, () => settled);
}

/** Rendered next to the routes, inside their Suspense boundary: its effect runs once a screen has committed. */
export function FirstScreenMarker(): null {
  useEffect(screenRendered, []);
  return null;
}
