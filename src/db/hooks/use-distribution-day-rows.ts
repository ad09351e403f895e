/**
 * What a distribution's screens (its page, its sheet, the producer's view of it) read, in one live query: undefined
 * while reading, null when there is no such distribution. The check-off reads the same rows in two queries of its
 * own (use-checkoff-rows.ts), so that a tick does not read the rest again.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { readDistributionDay, type DistributionDayRows } from '../distribution-reads';

export function useDistributionDayRows(distributionId: string): DistributionDayRows | null | undefined {
  return useLiveQuery(() => readDistributionDay(db, distributionId), [distributionId]);
}
