/**
 * The check-off's two live reads, shared between the screen and the app's start: opened by a link, the check-off
 * has its data read while its code loads and the app starts, instead of after.
 */
import { db } from '../../db/database';
import { readDistributionPickups, readDistributionSetting } from '../../db/queries';
import { sharedLiveQuery, type SharedLiveQuery } from '../../db/shared-live-query';

// Two queries: a tick re-reads the distribution's check-offs only, not the group's contracts and members.
export const checkoffSetting = (distributionId: string) =>
  sharedLiveQuery(`checkoff-setting:${distributionId}`, () => readDistributionSetting(db, distributionId));

export const checkoffPickups = (distributionId: string) =>
  sharedLiveQuery(`checkoff-pickups:${distributionId}`, () => readDistributionPickups(db, distributionId));

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

/** Starts both reads; resolves once both have answered. */
export function preloadCheckoffData(distributionId: string): Promise<void> {
  // Opened now: a live query runs its first read only after a timeout, once the app's code has been evaluated.
  // A failure to open shows in the reads themselves.
  db.open().catch(() => undefined);
  return Promise.all([firstValue(checkoffSetting(distributionId)), firstValue(checkoffPickups(distributionId))]).then(() => undefined);
}
