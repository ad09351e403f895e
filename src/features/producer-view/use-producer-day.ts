/**
 * A producer's part of one distribution, from local data: their baskets, the totals to bring, and the members shown
 * as little as needed. Full member rows stop here: only "first name + initial" reaches the screen. The baskets carry
 * the producer's own numbers (see producerDay), never the sheet's, which this device cannot know.
 */
import { useMemo } from 'react';
import { readClientId } from '../../db/app-device';
import { useDistributionDayRows } from '../../db/hooks/use-distribution-day-rows';
import { mutate } from '../../db/mutators';
import { countDay, producerDay, totalsByOffer, type Basket, type PersonName } from '../../domain/distribution/baskets';
import { pickupEvent, shortName } from '../../domain/distribution/basket-search';
import type { PickupStatus } from '../../domain/distribution/distribution-entities';
import { useBasketMemberName } from '../../ui/use-basket-member-name';

export function useProducerDay(distributionId: string, producerId: string | null) {
  const rows = useDistributionDayRows(distributionId);
  const memberName = useBasketMemberName();
  const view = useMemo(() => {
    if (!rows || producerId === null) return null;
    const names = new Map<string, PersonName>(rows.members.map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }]));
    const day = producerDay(rows.distribution, rows.contracts, rows.absences, rows.pickups, names, producerId);
    const baskets = day.due;
    const offers = new Map(rows.offers.map((offer) => [offer.id, offer]));
    return {
      distribution: rows.distribution,
      groupName: rows.group?.name ?? '',
      baskets,
      offers,
      totals: totalsByOffer(baskets),
      // Their numbers stay taken, so that the producer's numbering does not move when an absence is declared.
      absent: day.absent.map((entry) => ({ numbers: entry.numbers, name: memberName(names.get(entry.memberId), shortName) })),
      shortNames: new Map(baskets.map((basket) => [basket.memberId, memberName(names.get(basket.memberId), shortName)])),
      counts: countDay(baskets),
    };
  }, [rows, producerId, memberName]);

  const record = async (basket: Basket, status: PickupStatus) => {
    const clientId = await readClientId();
    return mutate('pickup.record', pickupEvent({ distributionId, contractId: basket.contractId }, status, { clientId }, new Date()));
  };

  return { loading: rows === undefined, view, record };
}
