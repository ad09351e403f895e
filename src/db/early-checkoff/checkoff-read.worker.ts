/**
 * Reads a check-off's data on a thread of its own, for a check-off opened cold: the main thread is then busy
 * compiling and evaluating the app's code, and each step of these reads — the distribution, then its group's
 * rows, then hundreds of members, one IndexedDB request each — would wait for it. Here they run meanwhile, on
 * another core, and come back as one message. The distribution's id is the worker's name.
 */
import { readCheckoffOnceAndClose } from './read-once';
import type { CheckoffReadReply } from './messages';

// The project's types are the page's (DOM); of the worker's global scope this needs only these.
const scope = self as unknown as { name: string; postMessage(reply: CheckoffReadReply): void; close(): void };

async function read(distributionId: string): Promise<CheckoffReadReply> {
  try {
    const { setting, pickups } = await readCheckoffOnceAndClose(distributionId);
    return { ok: true, distributionId, setting, pickups };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const reading = read(scope.name);
// While IndexedDB works: the list's collator and day format load their locale data into the browser's shared
// (per-process) ICU caches here, so the page's own, created on the way to its first render, come cheap.
new Intl.Collator('fr').compare('a', 'b');
new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(0);

void reading.then((reply) => {
  scope.postMessage(reply);
  scope.close();
});
