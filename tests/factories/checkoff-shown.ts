/** The rows a check-off screen shows for one basket, read from a device's database as the screen reads them. */
import type { CourtCircuitDb } from '../../src/db/database';
import type { SeenRows } from '../../src/db/mutate';
import { pickupRecordReads } from '../../src/domain/distribution/pickup-rows';

/** Undefined when the device has no such distribution or contract: the screen then shows no basket to tick. */
export async function checkoffShown(db: CourtCircuitDb, distributionId: string, contractId: string): Promise<SeenRows | undefined> {
  const [distribution, contract, pickups] = await Promise.all([
    db.distributions.get(distributionId),
    db.contracts.get(contractId),
    db.pickups.where('distributionId').equals(distributionId).toArray(),
  ]);
  if (!distribution || !contract) return undefined;
  return pickupRecordReads(distribution, contract, pickups);
}
