/**
 * The check-off's two live reads on the app's database, shared between its screen and the app's start: opened by a
 * link, the check-off has its data read while its code loads and the app starts, instead of after.
 */
import type { Pickup } from '../domain/distribution/distribution-entities';
import { db } from './database';
import { readDistributionPickups, readDistributionSetting, type DistributionSetting } from './distribution-reads';
import { seedSharedLiveQuery, sharedLiveQuery, type SharedLiveQuery } from './shared-live-query';

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

/** Starts both live reads on this thread; resolves once each has its first value. */
export function readCheckoffNow(distributionId: string): Promise<void> {
  // Opened now: a live query runs its first read only after a timeout, once the app's code has been evaluated.
  // A failure to open shows in the reads themselves.
  db.open().catch(() => undefined);
  return Promise.all([firstValue(checkoffSetting(distributionId)), firstValue(checkoffPickups(distributionId))]).then(() => undefined);
}

/**
 * Gives both live reads a first value read on another thread (early-checkoff/read-once.ts), without starting them: the
 * screen's first render shows it, and starts the live reads, whose answers replace it.
 */
export function seedCheckoffReads(distributionId: string, setting: DistributionSetting | null, pickups: Pickup[]): void {
  seedSharedLiveQuery(settingKey(distributionId), settingQuerier(distributionId), setting);
  seedSharedLiveQuery(pickupsKey(distributionId), pickupsQuerier(distributionId), pickups);
}
