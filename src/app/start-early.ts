/**
 * An entry of its own (vite.config.ts), run by index.html as soon as it and the database code are loaded, before
 * the rest of the app is compiled and evaluated: the screen a link opens starts loading its code and reading its
 * data now. main.tsx imports it too (the same module) and waits for `firstScreenReady`. The check-off is the screen
 * opened cold on the day, often offline, on a slow phone.
 */
import type { CheckoffScreen } from '../features/checkoff/checkoff-screen';
import { preloadCheckoffData } from '../db/early-checkoff/preload';
import { CHECKOFF_PATH } from '../db/early-checkoff/messages';

// Past this, the app renders without them (its screens show their own loading state). On a loaded phone the
// check-off's data took up to ~950 ms from here: rendering before it means rendering twice.
const WAIT_AT_MOST_MS = 2_000;

let checkoffScreen: typeof CheckoffScreen | null = null;

export const loadCheckoffScreen = () =>
  import('../features/checkoff/checkoff-screen').then((module) => {
    checkoffScreen = module.CheckoffScreen;
    return module;
  });

/** The check-off screen when its code is already loaded: rendered then without a Suspense fallback in between. */
export const loadedCheckoffScreen = () => checkoffScreen;

function preloadRoute(pathname: string): Promise<unknown> {
  const checkoff = CHECKOFF_PATH.exec(pathname);
  if (!checkoff?.[1]) return Promise.resolve();
  return Promise.all([preloadCheckoffData(checkoff[1]), loadCheckoffScreen()]);
}

/**
 * Resolves when the linked screen's code and data are in (at once for other screens; after WAIT_AT_MOST_MS when
 * IndexedDB is stuck). The first render waits for it: one render of the whole screen instead of the shell, a
 * fallback, a loading state and then the list, each one rendered and laid out on a phone with no CPU to spare.
 */
export const firstScreenReady: Promise<void> = Promise.race([
  preloadRoute(window.location.pathname).then(
    () => undefined,
    () => undefined,
  ),
  new Promise<void>((resolve) => setTimeout(resolve, WAIT_AT_MOST_MS)),
]);
