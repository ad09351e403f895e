/** A distribution's day, live: baskets due (contracts minus absences), counts, totals, names, and the sign-off sheet. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBasketNumbering } from '../../db/hooks/use-basket-numbering';
import { useDistributionDayRows } from '../../db/hooks/use-distribution-day-rows';
import type { DistributionDayRows } from '../../db/distribution-reads';
import { countDay, dayNumberedFor, distributionDay, totalsByOffer, type PersonName } from '../../domain/distribution/baskets';
import { signoffSheet } from '../../domain/distribution/signoff-sheet';
import { useBasketMemberName, type BasketMemberName } from '../../ui/use-basket-member-name';

const namesOf = (rows: DistributionDayRows) =>
  new Map<string, PersonName>(rows.members.map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }]));

function dayOf(rows: DistributionDayRows, names: ReadonlyMap<string, PersonName>, memberName: BasketMemberName, erased: string) {
  const producerId = rows.ownProducerId;
  const offers = new Map(rows.offers.map((offer) => [offer.id, offer]));
  const offerOfContract = new Map(rows.contracts.map((contract) => [contract.id, contract.offerId]));
  const producerNames = new Map(rows.producers.map((producer) => [producer.id, producer.farm || producer.name]));
  // On a producer's phone the list holds the producer's own baskets, with the numbers stored on the distribution.
  const day = dayNumberedFor(rows.distribution, rows.contracts, rows.absences, rows.pickups, names, producerId);
  const sheetDay =
    producerId === null ? day : distributionDay(rows.distribution, rows.contracts, rows.absences, rows.pickups, names, 'stored');
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
    counts: countDay(day.due),
    totals: totalsByOffer(day.due),
    nameOf: (memberId: string) => memberName(names.get(memberId)),
    offers,
    /** Members to pick from (absences, volunteers), by last name. */
    people: rows.members
      .map((member) => ({ memberId: member.id, member }))
      .sort(byName)
      .map(({ member }) => member),
    sheet: signoffSheet(sheetDay, names, offers, offerOfContract, producerNames, erased),
  };
}

export type DistributionDayView = ReturnType<typeof dayOf>;

/**
 * undefined while loading, null when there is no such distribution (or it was deleted). Listing the day on a
 * device that holds all of it stores the numbers of its baskets that have none yet (useBasketNumbering).
 */
export function useDistributionDay(id: string): DistributionDayView | null | undefined {
  const { t } = useTranslation();
  const memberName = useBasketMemberName();
  const rows = useDistributionDayRows(id);
  const names = useMemo(() => (rows ? namesOf(rows) : new Map<string, PersonName>()), [rows]);
  useBasketNumbering(rows, names);
  return useMemo(() => (rows ? dayOf(rows, names, memberName, t('common.deletedRecord')) : rows), [rows, names, memberName, t]);
}
