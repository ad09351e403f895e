/**
 * Finding a basket at the check-off table as the volunteer types: a few letters of the member's (or the proxy's)
 * first or last name, accents and case ignored, or the basket's number. Keys are built once per distribution,
 * so a keystroke over 2,000 baskets only scans short strings.
 */
import { lastNameInitial, type AbsentMember, type Basket, type PersonName } from './baskets';
import type { PickupFields, PickupStatus } from './distribution-entities';
import { foldText } from '../people/normalise';

export interface BasketSearchKey {
  contractId: string;
  number: string;
  /** Folded member name and proxy name, one string. */
  text: string;
}

export function buildBasketKeys(baskets: readonly Basket[], names: ReadonlyMap<string, PersonName>): BasketSearchKey[] {
  return baskets.map((basket) => {
    const name = names.get(basket.memberId);
    return {
      contractId: basket.contractId,
      number: basket.number === null ? '' : String(basket.number),
      text: foldText(`${name?.firstName ?? ''} ${name?.lastName ?? ''} ${basket.proxyName ?? ''}`),
    };
  });
}

const NUMBER_QUERY = /^\d+$/;

const withoutNumberSign = (query: string) => query.trim().replace(/^(n°|no|#)\s*/i, '');

/** Contract ids of the matching baskets, in list order; for a number, the basket with exactly that number first. */
export function filterBasketIds(keys: readonly BasketSearchKey[], query: string): string[] {
  const trimmed = withoutNumberSign(query);
  if (NUMBER_QUERY.test(trimmed)) {
    const exact = keys.filter((key) => key.number === trimmed);
    const others = keys.filter((key) => key.number !== trimmed && key.number.startsWith(trimmed));
    return [...exact, ...others].map((key) => key.contractId);
  }
  const words = foldText(trimmed)
    .split(' ')
    .filter((word) => word !== '');
  return keys.filter((key) => words.every((word) => key.text.includes(word))).map((key) => key.contractId);
}

/**
 * The basket of a member away with no proxy whose number is exactly the query: it is not handed out, so it is not
 * in the list, but a volunteer reading its number off a sheet should learn why it is not there.
 */
export function absentBasketNumbered(absent: readonly AbsentMember[], query: string): { number: number; memberId: string } | null {
  const trimmed = withoutNumberSign(query);
  if (!NUMBER_QUERY.test(trimmed)) return null;
  const number = Number(trimmed);
  const member = absent.find((entry) => entry.numbers.includes(number));
  return member ? { number, memberId: member.memberId } : null;
}

/** As little of a member as a producer needs to hand over a basket: "Marie D.". */
export function shortName(name: PersonName | undefined): string {
  if (!name) return '';
  const initial = lastNameInitial(name.lastName);
  return initial ? `${name.firstName} ${initial}.` : name.firstName;
}

/** One check-off event, whoever records it (the check-off table or the producer). */
export function pickupEvent(
  basket: { distributionId: string; contractId: string },
  status: PickupStatus,
  device: { clientId: string },
  at: Date,
  collectedBy = '',
): PickupFields {
  return {
    distributionId: basket.distributionId,
    contractId: basket.contractId,
    status,
    // A name only means something for a basket someone else took; any other status clears it.
    collectedBy: status === 'collectedByOther' ? collectedBy.trim() : '',
    recordedAt: at.toISOString(),
    deviceId: device.clientId,
  };
}

/** The producer's hand-over list, narrowed to what is left or to what went otherwise than planned. */
export const HANDOVER_FILTERS = ['all', 'pending', 'collectedByOther', 'notCollected'] as const;
export type HandoverFilter = (typeof HANDOVER_FILTERS)[number];

export function inHandoverFilter(basket: Pick<Basket, 'status'>, filter: HandoverFilter): boolean {
  return filter === 'all' || basket.status === filter;
}
