/** A distribution's day, live: baskets due (contracts minus absences), counts, totals, names, and the sign-off sheet. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistributionDayRows } from '../../db/hooks/use-distribution-day-rows';
import type { DistributionDayRows } from '../../db/distribution-reads';
import { countDay, dayNumberedFor, distributionDay, totalsByOffer, type PersonName } from '../../domain/distribution/baskets';
import { signoffSheet } from '../../domain/distribution/signoff-sheet';
import { useBasketMemberName, type BasketMemberName } from '../../ui/use-basket-member-name';

function dayOf(rows: DistributionDayRows, memberName: BasketMemberName, erased: string) {
  const producerId = rows.ownProducerId;
  const names = new Map<string, PersonName>(rows.members.map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }]));
  const offerNames = new Map(rows.offers.map((offer) => [offer.id, offer.name]));
  const offerOfContract = new Map(rows.contracts.map((contract) => [contract.id, contract.offerId]));
  // On a producer's phone the list carries the producer's own numbers (see producerDay); the sheet keeps its own.
  const day = dayNumberedFor(rows.distribution, rows.contracts, rows.absences, rows.pickups, names, producerId);
  const sheetDay = producerId === null ? day : distributionDay(rows.distribution, rows.contracts, rows.absences, rows.pickups, names);
  const sortKey = (memberId: string) => {
    const name = names.get(memberId);
    return name ? `${name.lastName} ${name.firstName}` : '';
  };
  const byName = (a: { memberId: string }, b: { memberId: string }) => sortKey(a.memberId).localeCompare(sortKey(b.memberId), 'fr');
  return {
    ...rows,
    absences: [...rows.absences].sort(byName),
    volunteers: [...rows.volunteers].sort(byName),
    day,
    /** The numbers are the producer's own, to be said so (« Votre n° 3 »). */
    ownNumbers: producerId !== null,
    counts: countDay(day.due),
    totals: totalsByOffer(day.due),
    nameOf: (memberId: string) => memberName(names.get(memberId)),
    offers: new Map(rows.offers.map((offer) => [offer.id, offer])),
    /** Members to pick from (absences, volunteers), by last name. */
    people: rows.members
      .map((member) => ({ memberId: member.id, member }))
      .sort(byName)
      .map(({ member }) => member),
    sheet: signoffSheet(sheetDay, names, offerNames, offerOfContract, erased),
  };
}

export type DistributionDayView = ReturnType<typeof dayOf>;

/** undefined while loading, null when there is no such distribution (or it was deleted). */
export function useDistributionDay(id: string): DistributionDayView | null | undefined {
  const { t } = useTranslation();
  const memberName = useBasketMemberName();
  const rows = useDistributionDayRows(id);
  return useMemo(() => (rows ? dayOf(rows, memberName, t('common.deletedRecord')) : rows), [rows, memberName, t]);
}
