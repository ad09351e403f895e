/**
 * The check-off of one distribution, all from local data: the baskets due with their live status, the counts,
 * the search (keys built per change of the data, not per keystroke) and the one-tap recording of a check-off event.
 */
import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { getDevice } from '../../db/device';
import { mutate } from '../../db/mutators';
import { readDistributionDay } from '../../db/queries';
import { countDay, distributionDay, type Basket, type PersonName } from '../../domain/baskets';
import { buildBasketKeys, filterBasketIds, pickupEvent } from '../../domain/basket-search';
import type { PickupStatus } from '../../domain/distribution-entities';

// Past this many, rendering slows a phone down for nothing: the volunteer narrows the search instead.
export const MAX_ROWS = 100;

export function useCheckoff(distributionId: string, query: string) {
  const rows = useLiveQuery(() => readDistributionDay(db, distributionId), [distributionId]);
  const names = useMemo(
    () => new Map<string, PersonName>((rows?.members ?? []).map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }])),
    [rows?.members],
  );
  const day = useMemo(
    () => (rows ? distributionDay(rows.distribution, rows.contracts, rows.absences, rows.pickups, names) : null),
    [rows, names],
  );
  // Built when the local data changes (a tick, a sync), never per keystroke.
  const keys = useMemo(() => buildBasketKeys(day?.due ?? [], names), [day, names]);
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(() => {
    const byContract = new Map((day?.due ?? []).map((basket) => [basket.contractId, basket]));
    const ids = filterBasketIds(keys, deferredQuery);
    return ids.map((id) => byContract.get(id)).filter((basket): basket is Basket => basket !== undefined);
  }, [day, keys, deferredQuery]);
  const offers = useMemo(() => new Map((rows?.offers ?? []).map((offer) => [offer.id, offer])), [rows?.offers]);

  const record = async (basket: Basket, status: PickupStatus, collectedBy = '') => {
    const device = await getDevice(db);
    return mutate('pickup.record', pickupEvent({ distributionId, contractId: basket.contractId }, status, device, new Date(), collectedBy));
  };

  return {
    loading: rows === undefined,
    rows: rows ?? null,
    day,
    counts: countDay(day?.due ?? []),
    matches,
    names,
    offers,
    record,
  };
}
