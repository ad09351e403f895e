/**
 * The check-off's two live reads, shared between the screen and the app's start: opened by a link, the check-off
 * has its data read while its code loads and the app starts, instead of after.
 */
import { db } from '../../db/database';
import { readDistributionPickups, readDistributionSetting } from '../../db/queries';
import { seedSharedLiveQuery, sharedLiveQuery, type SharedLiveQuery } from '../../db/shared-live-query';
import { EARLY_READ_GLOBAL, type CheckoffReadReply, type EarlyCheckoffRead } from './checkoff-read-messages';

const settingKey = (distributionId: string) => `checkoff-setting:${distributionId}`;
const pickupsKey = (distributionId: string) => `checkoff-pickups:${distributionId}`;
const settingQuerier = (distributionId: string) => () => readDistributionSetting(db, distributionId);
const pickupsQuerier = (distributionId: string) => () => readDistributionPickups(db, distributionId);

// Two queries: a tick re-reads the distribution's check-offs only, not the group's contracts and members.
export const checkoffSetting = (distributionId: string) => sharedLiveQuery(settingKey(distributionId), settingQuerier(distributionId));

export const checkoffPickups = (distributionId: string) => sharedLiveQuery(pickupsKey(distributionId), pickupsQuerier(distributionId));

function firstValue(query: SharedLiveQuery<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = query.subscribe(
      () => {
        resolve();
        // Later: the value can be delivered during subscribe(). The query outlives this for the screen to read it.
        setTimeout(() => subscription.unsubscribe(), 0);
      },
      (error) => {
        reject(error instanceof Error ? error : new Error(String(error)));
        setTimeout(() => subscription.unsubscribe(), 0);
      },
    );
  });
}

function readOnMainThread(distributionId: string): Promise<void> {
  // Opened now: a live query runs its first read only after a timeout, once the app's code has been evaluated.
  // A failure to open shows in the reads themselves.
  db.open().catch(() => undefined);
  return Promise.all([firstValue(checkoffSetting(distributionId)), firstValue(checkoffPickups(distributionId))]).then(() => undefined);
}

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
  if (!read?.ok || read.distributionId !== distributionId) return readOnMainThread(distributionId);
  seedSharedLiveQuery(settingKey(distributionId), settingQuerier(distributionId), read.setting);
  seedSharedLiveQuery(pickupsKey(distributionId), pickupsQuerier(distributionId), read.pickups);
}
