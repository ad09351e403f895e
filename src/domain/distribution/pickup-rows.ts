/** Where a basket's check-off is kept, and the rows a check-off reads: kept apart from the schemas, which load later. */
import { joinId } from '../rows/ids';
import { rowKey, type RowMeta, type SyncedRow } from '../rows/rows';

/** A basket's check-off row: one per distribution and contract, the latest event winning. */
export const pickupId = (basket: { distributionId: string; contractId: string }) => joinId(basket.distributionId, basket.contractId);

/**
 * Every row a check-off of this basket reads, as a screen holding them shows them, by row key: the distribution,
 * the contract and the basket's check-off (known absent when the screen has none).
 */
export function pickupRecordReads(
  distribution: RowMeta,
  contract: RowMeta,
  pickups: readonly RowMeta[],
): Map<string, SyncedRow | undefined> {
  const id = pickupId({ distributionId: distribution.id, contractId: contract.id });
  const pickup = pickups.find((row) => row.id === id);
  // Stored rows all: an entity type names a row's fields where SyncedRow leaves them open.
  return new Map<string, SyncedRow | undefined>([
    [rowKey('distributions', distribution.id), distribution as SyncedRow],
    [rowKey('contracts', contract.id), contract as SyncedRow],
    [rowKey('pickups', id), pickup as SyncedRow | undefined],
  ]);
}
