/**
 * A producer's part of one distribution, from local data: their baskets, the totals to bring, and the members shown
 * as little as needed. Full member rows stop here: only "first name + initial" reaches the screen. The baskets carry
 * the numbers stored on the distribution (the sheet's), or none yet (see producerDay); the search finds one by
 * first name, initial or number, and the list narrows to what is left or went otherwise.
 */
import { useDeferredValue, useMemo } from 'react';
import { readClientId } from '../../db/app-device';
import { useDistributionDayRows } from '../../db/hooks/use-distribution-day-rows';
import { mutate } from '../../db/mutators';
import { countDay, lastNameInitial, producerDay, totalsByOffer, type Basket, type PersonName } from '../../domain/distribution/baskets';
import {
  buildBasketKeys,
  filterBasketIds,
  HANDOVER_FILTERS,
  inHandoverFilter,
  pickupEvent,
  shortName,
  type HandoverFilter,
} from '../../domain/distribution/basket-search';
import type { PickupStatus } from '../../domain/distribution/distribution-entities';
import { useBasketMemberName } from '../../ui/use-basket-member-name';

export function useProducerDay(distributionId: string, producerId: string | null, query = '', filter: HandoverFilter = 'all') {
  const rows = useDistributionDayRows(distributionId);
  const memberName = useBasketMemberName();
  const view = useMemo(() => {
    if (!rows || producerId === null) return null;
    const names = new Map<string, PersonName>(rows.members.map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }]));
    const day = producerDay(rows.distribution, rows.contracts, rows.absences, rows.pickups, names, producerId);
    const baskets = day.due;
    const offers = new Map(rows.offers.map((offer) => [offer.id, offer]));
    // Searched as the phone holds them: a first name and an initial ("Marie D."), whatever the row carries.
    const heldNames = new Map(
      [...names].map(([id, name]) => [id, { firstName: name.firstName, lastName: lastNameInitial(name.lastName) }]),
    );
    return {
      distribution: rows.distribution,
      groupName: rows.group?.name ?? '',
      baskets,
      keys: buildBasketKeys(baskets, heldNames),
      offers,
      totals: totalsByOffer(baskets),
      // Their numbers stay taken: a number read off the sheet still names the same basket.
      absent: day.absent.map((entry) => ({ numbers: entry.numbers, name: memberName(names.get(entry.memberId), shortName) })),
      shortNames: new Map(baskets.map((basket) => [basket.memberId, memberName(names.get(basket.memberId), shortName)])),
      counts: countDay(baskets),
      /** How many baskets each filter keeps, for its label. */
      filterCounts: Object.fromEntries(
        HANDOVER_FILTERS.map((f) => [f, baskets.filter((basket) => inHandoverFilter(basket, f)).length]),
      ) as Record<HandoverFilter, number>,
    };
  }, [rows, producerId, memberName]);

  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    if (!view) return [];
    const byContract = new Map(view.baskets.map((basket) => [basket.contractId, basket]));
    return filterBasketIds(view.keys, deferredQuery)
      .map((id) => byContract.get(id))
      .filter((basket): basket is Basket => basket !== undefined && inHandoverFilter(basket, filter));
  }, [view, deferredQuery, filter]);

  const record = async (basket: Basket, status: PickupStatus) => {
    const clientId = await readClientId();
    return mutate('pickup.record', pickupEvent({ distributionId, contractId: basket.contractId }, status, { clientId }, new Date()));
  };

  return { loading: rows === undefined, view, shown, record };
}
