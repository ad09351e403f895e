/** Looks for a new service worker every hour and whenever the app comes back on screen, so a phone left open on
 * the stand for days still learns about a new version. Finding one only shows the prompt: nothing reloads. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

interface UpdatableRegistration {
  update(): Promise<unknown>;
  readonly installing: ServiceWorker | null;
}

interface UpdateCheckOptions {
  intervalMs?: number;
  doc?: Document;
  isOnline?: () => boolean;
}

export function watchForUpdates(
  registration: UpdatableRegistration,
  { intervalMs = UPDATE_CHECK_INTERVAL_MS, doc = document, isOnline = () => navigator.onLine }: UpdateCheckOptions = {},
): () => void {
  const check = () => {
    if (registration.installing || !isOnline()) return;
    // A failed check (server down, flaky network) is simply tried again at the next tick.
    registration.update().catch(() => undefined);
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') check();
  };
  const timer = setInterval(check, intervalMs);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearInterval(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
