/** Runs `task` at the browser's next idle moment (at the latest after `timeoutMs`); returns the cancel. */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  // jsdom and older Safari have no requestIdleCallback.
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}
