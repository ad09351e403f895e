/**
 * The baskets due at a distribution, derived (never stored) from the contracts of its group that deliver on its
 * date, one-off orders included, and the members' absences: an absent member with no proxy has nothing to collect;
 * with a proxy, the basket is due and the proxy is named. Pure: the same on every device that holds the same rows.
 */
import type { Absence, Contract, Distribution, Pickup, PickupStatus } from './distribution-entities';

export interface PersonName {
  firstName: string;
  lastName: string;
}

export interface Basket {
  /** The basket is the contract's delivery at this distribution. */
  contractId: string;
  memberId: string;
  producerId: string;
  offerId: string;
  quantity: number;
  size: Contract['size'];
  kind: Contract['kind'];
  /**
   * Position among all the contracts delivering at this distribution, by member name then contract, absent members
   * included: what the sheet, the check-off and the coordinator's list show. Declaring an absence does not move it.
   */
  number: number;
  proxyName: string | null;
  status: PickupStatus;
  collectedBy: string;
}

export interface DistributionDay {
  due: Basket[];
  /** Members who said they would be away, with no one to collect: their baskets are not handed out. */
  absent: AbsentMember[];
}

export interface AbsentMember {
  memberId: string;
  contractIds: string[];
  /** The numbers their baskets keep, in the order of contractIds: printed sheets and labels stay right. */
  numbers: number[];
  note: string;
}

const byFrench = new Intl.Collator('fr');

const live = <T extends { deleted: boolean }>(rows: Iterable<T>) => [...rows].filter((row) => !row.deleted);

export function isDueAt(contract: Contract, distribution: Distribution): boolean {
  return !contract.deleted && contract.groupId === distribution.groupId && contract.deliveryDates.includes(distribution.date);
}

export function distributionDay(
  distribution: Distribution,
  contracts: Iterable<Contract>,
  absences: Iterable<Absence>,
  pickups: Iterable<Pickup>,
  names: ReadonlyMap<string, PersonName>,
): DistributionDay {
  const absenceOf = new Map(
    live(absences)
      .filter((a) => a.distributionId === distribution.id)
      .map((a) => [a.memberId, a]),
  );
  // One sort key per contract and one collator: the day is rebuilt whenever its rows change, on 2,000 baskets too.
  const sortKeyOf = new Map<Contract, string>();
  for (const contract of contracts) {
    if (!isDueAt(contract, distribution)) continue;
    const name = names.get(contract.memberId);
    sortKeyOf.set(contract, `${name?.lastName ?? ''}\u0000${name?.firstName ?? ''}\u0000${contract.memberId}\u0000${contract.id}`);
  }
  const dueContracts = [...sortKeyOf.keys()].sort((a, b) => byFrench.compare(sortKeyOf.get(a) as string, sortKeyOf.get(b) as string));
  const due: Basket[] = [];
  const absent = new Map<string, AbsentMember>();
  for (const [index, contract] of dueContracts.entries()) {
    // Numbered before absences are looked at: a phone that has not yet synced an absence gives the same numbers.
    const number = index + 1;
    const absence = absenceOf.get(contract.memberId);
    if (absence && absence.proxyName === '') {
      const entry = absent.get(contract.memberId) ?? { memberId: contract.memberId, contractIds: [], numbers: [], note: absence.note };
      entry.contractIds.push(contract.id);
      entry.numbers.push(number);
      absent.set(contract.memberId, entry);
      continue;
    }
    due.push({
      contractId: contract.id,
      memberId: contract.memberId,
      producerId: contract.producerId,
      offerId: contract.offerId,
      quantity: contract.quantity,
      size: contract.size,
      kind: contract.kind,
      number,
      proxyName: absence ? absence.proxyName : null,
      status: 'pending',
      collectedBy: '',
    });
  }
  const pickupsHere = live(pickups).filter((p) => p.distributionId === distribution.id);
  return { due: withPickupStatus(due, pickupsHere), absent: [...absent.values()] };
}

/**
 * A member's name to show with their basket, or null when there is none to show: a deleted member's row keeps its
 * baskets' history but its names are blanked, and a member this device does not hold has no row at all.
 */
export function knownName(name: PersonName | undefined): PersonName | null {
  return name && (name.firstName.trim() !== '' || name.lastName.trim() !== '') ? name : null;
}

/** A last name's first letter, as a producer's device holds it ("D." for Durand) and as it is shown. */
export function lastNameInitial(lastName: string): string {
  return [...lastName.trim()][0]?.toUpperCase() ?? '';
}

/**
 * One producer's part of a distribution, numbered among that producer's own contracts only. A producer's device
 * holds neither the other producers' contracts nor the members' last names (only their initial), so it cannot know
 * a basket's number on the sheet and at the check-off; this one is worked out from what every device holding the
 * producer's contracts has (first name, initial, ids), absences not skipped, and is shown as the producer's own.
 */
export function producerDay(
  distribution: Distribution,
  contracts: Iterable<Contract>,
  absences: Iterable<Absence>,
  pickups: Iterable<Pickup>,
  names: ReadonlyMap<string, PersonName>,
  producerId: string,
): DistributionDay {
  const own = [...contracts].filter((contract) => contract.producerId === producerId);
  const asHeld = new Map<string, PersonName>();
  for (const contract of own) {
    const name = names.get(contract.memberId);
    if (name) asHeld.set(contract.memberId, { firstName: name.firstName, lastName: lastNameInitial(name.lastName) });
  }
  return distributionDay(distribution, own, absences, pickups, asHeld);
}

/**
 * The day numbered as a device can number it: the sheet's numbers (distributionDay), or on a producer's device
 * (producerId given) the producer's own, since the sheet's cannot be known there and would name other baskets.
 */
export function dayNumberedFor(
  distribution: Distribution,
  contracts: Iterable<Contract>,
  absences: Iterable<Absence>,
  pickups: Iterable<Pickup>,
  names: ReadonlyMap<string, PersonName>,
  producerId: string | null,
): DistributionDay {
  return producerId === null
    ? distributionDay(distribution, contracts, absences, pickups, names)
    : producerDay(distribution, contracts, absences, pickups, names, producerId);
}

/** What of a check-off sets a basket's status. */
export type PickupStatusRow = Pick<Pickup, 'contractId' | 'status' | 'collectedBy' | 'deleted'>;

/**
 * The baskets with the status of their check-off, given the pickups of their distribution. Cheap, so a screen can
 * build the list once and only run this when a basket is ticked; a basket with no check-off is returned as is.
 */
export function withPickupStatus(due: readonly Basket[], pickups: Iterable<PickupStatusRow>): Basket[] {
  const pickupOf = new Map(live(pickups).map((p) => [p.contractId, p]));
  return due.map((basket) => {
    const pickup = pickupOf.get(basket.contractId);
    return pickup ? { ...basket, status: pickup.status, collectedBy: pickup.collectedBy } : basket;
  });
}

export function isCollected(status: PickupStatus): boolean {
  return status === 'collected' || status === 'collectedByOther';
}

export interface DayCounts {
  due: number;
  collected: number;
  notCollected: number;
  remaining: number;
}

export function countDay(baskets: readonly Basket[]): DayCounts {
  const collected = baskets.filter((b) => isCollected(b.status)).length;
  const notCollected = baskets.filter((b) => b.status === 'notCollected').length;
  return { due: baskets.length, collected, notCollected, remaining: baskets.length - collected - notCollected };
}

/** What a producer must bring: quantities per offer (and basket size), over the baskets due. */
export function totalsByOffer(baskets: readonly Basket[]): { offerId: string; size: Basket['size']; quantity: number; baskets: number }[] {
  const totals = new Map<string, { offerId: string; size: Basket['size']; quantity: number; baskets: number }>();
  for (const basket of baskets) {
    const key = `${basket.offerId}|${basket.size ?? ''}`;
    const total = totals.get(key) ?? { offerId: basket.offerId, size: basket.size, quantity: 0, baskets: 0 };
    total.quantity += basket.quantity;
    total.baskets += 1;
    totals.set(key, total);
  }
  return [...totals.values()];
}
