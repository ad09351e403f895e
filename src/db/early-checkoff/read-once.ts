/**
 * The check-off's data read once on the app's database, for the worker that reads it while a check-off opened cold
 * evaluates its code (features/checkoff/checkoff-read.worker.ts). Apart from checkoff-reads.ts so that the worker
 * loads no live-query code.
 */
import type { Pickup } from '../../domain/distribution/distribution-entities';
import { db } from '../database';
import { readDistributionPickups, readDistributionSetting, type DistributionSetting } from '../distribution-reads';

/** The same two reads as the check-off's live ones; the database is closed once they are done. */
export async function readCheckoffOnceAndClose(
  distributionId: string,
): Promise<{ setting: DistributionSetting | null; pickups: Pickup[] }> {
  try {
    const [setting, pickups] = await Promise.all([
      readDistributionSetting(db, distributionId),
      readDistributionPickups(db, distributionId),
    ]);
    return { setting, pickups };
  } finally {
    // An open connection in a worker would hold up a version change asked by the page.
    db.close();
  }
}
