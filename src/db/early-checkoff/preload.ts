/**
 * Reading the check-off's data before its first render: opened by a link, the check-off has it read while its code
 * loads and the app starts, instead of after; by a worker when there can be one, else on the page.
 */
import { readCheckoffNow, seedCheckoffReads } from '../checkoff-reads';
import { EARLY_READ_GLOBAL, type CheckoffReadReply, type EarlyCheckoffRead } from './messages';

/** The reads in checkoff-read.worker.ts; null where there are no workers (tests, old browsers) or it failed. */
export function startCheckoffReadWorker(
  distributionId: string,
  createWorker: (name: string) => Worker = checkoffReadWorker,
): Promise<CheckoffReadReply | null> {
  return new Promise((resolve) => {
    try {
      const worker = createWorker(distributionId);
      worker.onmessage = (event: MessageEvent<CheckoffReadReply>) => resolve(event.data);
      worker.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

const checkoffReadWorker = (name: string) => new Worker(new URL('./checkoff-read.worker.ts', import.meta.url), { type: 'module', name });

/** The answer of the worker the page's inline script started for this distribution, or of one started now. */
function workerRead(distributionId: string, createWorker?: (name: string) => Worker): Promise<CheckoffReadReply | null> {
  const early = (window as unknown as Record<string, EarlyCheckoffRead | undefined>)[EARLY_READ_GLOBAL];
  if (early?.distributionId === distributionId) return early.reply;
  return startCheckoffReadWorker(distributionId, createWorker);
}

/**
 * Reads the check-off's data for its first render; resolves once it is in. The reads run in a worker while the
 * page evaluates the app; their answer seeds the live queries, which start when the screen reads them (at its
 * first render) and replace it. Without a worker, the live queries read it here.
 */
export async function preloadCheckoffData(distributionId: string, createWorker?: (name: string) => Worker): Promise<void> {
  const read = await workerRead(distributionId, createWorker);
  if (!read?.ok || read.distributionId !== distributionId) return readCheckoffNow(distributionId);
  seedCheckoffReads(distributionId, read.setting, read.pickups);
}
