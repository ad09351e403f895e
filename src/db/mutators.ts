/** The app's entry to the one write path, bound to the app's database. Screens call `mutate`, never Dexie. */
import type { MutationArgs, MutationName } from '../domain/mutations/registry';
import { db } from './database';
import type { MutationResult, SeenRows } from './mutate';

export type { MutationResult, SeenRows };

// The mutations and their schemas (zod) load on the first write, not with the first screen; the service worker
// has them cached, so this costs nothing offline. Asking for them once the screen is up hides even that.
let writePath: typeof import('./mutate') | null = null;
const loadWritePath = () =>
  import('./mutate').then((module) => {
    writePath = module;
    return module;
  });

export function preloadWritePath(): void {
  void loadWritePath();
}

/** `seen`: the rows the screen shows, when the write is a tap that should not wait to read them (see runMutation). */
export async function mutate<N extends MutationName>(name: N, args: MutationArgs<N>, seen?: SeenRows): Promise<MutationResult> {
  // Once loaded, called at once: awaiting import() again costs a trip through the event loop before each write.
  const { runMutation } = writePath ?? (await loadWritePath());
  return runMutation(db, name, args, Date.now, seen);
}
