/**
 * The baskets due at a distribution, derived from the contracts of its group that deliver on its date, one-off
 * orders included, and the members' absences: an absent member with no proxy has nothing to collect; with a proxy,
 * the basket is due and the proxy is named. Their numbers are the one thing stored (on the distribution): worked out
 * per device, a producer's phone, which holds only its own contracts, would number them its own way.
 */
import type { Absence, BasketNumbers, Contract, Distribution, Pickup, PickupStatus } from './distribution-entities';

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
   * The basket's number at this distribution, the same on every device (see numberedAfter), absent members included:
   * declaring an absence does not move it. null on a device that cannot number (a producer's) for a basket no one
   * holding the whole day has numbered yet.
   */
  number: number | null;
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
  numbers: (number | null)[];
  note: string;
}

const byFrench = new Intl.Collator('fr');

const live = <T extends { deleted: boolean }>(rows: Iterable<T>) => [...rows].filter((row) => !row.deleted);

export function isDueAt(contract: Contract, distribution: Distribution): boolean {
  return !contract.deleted && contract.groupId === distribution.groupId && contract.deliveryDates.includes(distribution.date);
}

/**
 * How a device numbers the day: 'sheet' on a device that holds every basket of it (a coordinator's, an animator's
 * of the group), where the baskets not yet numbered get the numbers the numbering will store; 'stored' on one that
 * holds only some (a producer's), which shows the stored numbers only.
 */
export type Numbering = 'sheet' | 'stored';

/**
 * The numbers stored on a distribution; a malformed value (never written by the mutations) counts as none. Checked
 * by hand rather than with basketNumbersSchema: the check-off runs this on its cold start, which then does without
 * zod and the entity schemas (about 100 KB to load and evaluate on a slow phone before the list shows).
 */
export function storedNumbers(distribution: Pick<Distribution, 'basketNumbers'> | Record<string, unknown>): BasketNumbers {
  const numbers = (distribution as { basketNumbers?: unknown }).basketNumbers;
  const wellFormed =
    typeof numbers === 'object' &&
    numbers !== null &&
    !Array.isArray(numbers) &&
    Object.values(numbers).every((n) => Number.isInteger(n) && (n as number) > 0);
  return wellFormed ? (numbers as BasketNumbers) : {};
}

/**
 * The numbers after numbering these contracts, in this order: a contract that has one keeps it; the others get
 * the next free numbers, past the highest ever given, so a late contract never moves nor takes an earlier one's
 * (a deleted contract's number stays taken: a printed sheet may still carry it). The server re-runs this on its
 * own copy, one push after the other, so two devices numbering at once never give one number twice.
 */
export function numberedAfter(stored: BasketNumbers, contractIds: readonly string[]): Record<string, number> {
  const numbers: Record<string, number> = { ...stored };
  let next = Object.values(stored).reduce((highest, n) => Math.max(highest, n), 0) + 1;
  for (const id of contractIds) {
    if (!Object.hasOwn(numbers, id)) numbers[id] = next++;
  }
  return numbers;
}

/** The contracts due here, by member name then contract: the order in which the first numbering gives numbers. */
function dueByName(distribution: Distribution, contracts: Iterable<Contract>, names: ReadonlyMap<string, PersonName>): Contract[] {
  // One sort key per contract and one collator: the day is rebuilt whenever its rows change, on 2,000 baskets too.
  const sortKeyOf = new Map<Contract, string>();
  for (const contract of contracts) {
    if (!isDueAt(contract, distribution)) continue;
    const name = names.get(contract.memberId);
    sortKeyOf.set(contract, `${name?.lastName ?? ''}\u0000${name?.firstName ?? ''}\u0000${contract.memberId}\u0000${contract.id}`);
  }
  return [...sortKeyOf.keys()].sort((a, b) => byFrench.compare(sortKeyOf.get(a) as string, sortKeyOf.get(b) as string));
}

/**
 * The contracts due here that have no stored number yet, in the order numbering gives them numbers: what a device
 * holding the whole day stores (mutation distribution.numberBaskets) when it lists the day.
 */
export function unnumberedContracts(
  distribution: Distribution,
  contracts: Iterable<Contract>,
  names: ReadonlyMap<string, PersonName>,
): string[] {
  const stored = storedNumbers(distribution);
  return dueByName(distribution, contracts, names)
    .map((contract) => contract.id)
    .filter((id) => !Object.hasOwn(stored, id));
}

export function distributionDay(
  distribution: Distribution,
  contracts: Iterable<Contract>,
  absences: Iterable<Absence>,
  pickups: Iterable<Pickup>,
  names: ReadonlyMap<string, PersonName>,
  numbering: Numbering = 'sheet',
): DistributionDay {
  const byName = dueByName(distribution, contracts, names);
  const stored = storedNumbers(distribution);
  const numbers: BasketNumbers =
    numbering === 'sheet'
      ? numberedAfter(
          stored,
          byName.map((c) => c.id),
        )
      : stored;
  const numberOf = (contract: Contract): number | null => (Object.hasOwn(numbers, contract.id) ? (numbers[contract.id] as number) : null);
  // By number, as the sheet is printed; baskets with none yet (a producer's phone only) after, by name.
  const ordered = byName
    .map((contract, index) => ({ contract, number: numberOf(contract), index }))
    .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.index - b.index);
  return basketsOf(distribution, ordered, absences, pickups);
}

/**
 * The baskets due at a distribution with their statuses, unordered and unnumbered: what counting them needs (the
 * overview, over every distribution of a year), without the day's sort by name, which costs the most.
 */
export function dueBaskets(
  distribution: Distribution,
  contracts: Iterable<Contract>,
  absences: Iterable<Absence>,
  pickups: Iterable<Pickup>,
): DistributionDay {
  const due = [...contracts].filter((contract) => isDueAt(contract, distribution)).map((contract) => ({ contract, number: null }));
  return basketsOf(distribution, due, absences, pickups);
}

/** The day's baskets in the order of `contracts`: a member away without a proxy has nothing due, only a mention. */
function basketsOf(
  distribution: Distribution,
  contracts: readonly { contract: Contract; number: number | null }[],
  absences: Iterable<Absence>,
  pickups: Iterable<Pickup>,
): DistributionDay {
  const absenceOf = new Map(
    live(absences)
      .filter((a) => a.distributionId === distribution.id)
      .map((a) => [a.memberId, a]),
  );
  const due: Basket[] = [];
  const absent = new Map<string, AbsentMember>();
  for (const { contract, number } of contracts) {
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
 * One producer's part of a distribution, with the numbers stored on the distribution: a producer's device holds
 * neither the other producers' contracts nor the members' last names (only their initial), so the numbers it could
 * work out would not be the sheet's. Sorted by name (first name, initial) where no number is stored yet.
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
  return distributionDay(distribution, own, absences, pickups, asHeld, 'stored');
}

/**
 * The day as a device can number it: the whole day (distributionDay) on a device that holds it, or on a
 * producer's device (producerId given) the producer's part with the stored numbers.
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
