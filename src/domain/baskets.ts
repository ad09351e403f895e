/**
 * The baskets due at a distribution, derived (never stored) from the contracts of its group that deliver on its
 * date, one-off orders included, and the members' absences: an absent member with no proxy has nothing to collect;
 * with a proxy, the basket is due and the proxy is named. Pure: the same on every device.
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
  /** Position in the list, by member name then contract: what the sheet and the check-off show. */
  number: number;
  proxyName: string | null;
  status: PickupStatus;
  collectedBy: string;
}

export interface DistributionDay {
  due: Basket[];
  /** Members who said they would be away, with no one to collect: their baskets are not handed out. */
  absent: { memberId: string; contractIds: string[]; note: string }[];
}

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
  const absenceOf = new Map(live(absences).filter((a) => a.distributionId === distribution.id).map((a) => [a.memberId, a]));
  const pickupOf = new Map(live(pickups).filter((p) => p.distributionId === distribution.id).map((p) => [p.contractId, p]));
  const dueContracts = [...contracts].filter((contract) => isDueAt(contract, distribution));
  const sortKey = (contract: Contract) => {
    const name = names.get(contract.memberId);
    return `${name?.lastName ?? ''}\u0000${name?.firstName ?? ''}\u0000${contract.memberId}\u0000${contract.id}`;
  };
  dueContracts.sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'fr'));
  const due: Basket[] = [];
  const absent = new Map<string, { memberId: string; contractIds: string[]; note: string }>();
  for (const contract of dueContracts) {
    const absence = absenceOf.get(contract.memberId);
    if (absence && absence.proxyName === '') {
      const entry = absent.get(contract.memberId) ?? { memberId: contract.memberId, contractIds: [], note: absence.note };
      entry.contractIds.push(contract.id);
      absent.set(contract.memberId, entry);
      continue;
    }
    const pickup = pickupOf.get(contract.id);
    due.push({
      contractId: contract.id,
      memberId: contract.memberId,
      producerId: contract.producerId,
      offerId: contract.offerId,
      quantity: contract.quantity,
      size: contract.size,
      kind: contract.kind,
      number: due.length + 1,
      proxyName: absence ? absence.proxyName : null,
      status: pickup?.status ?? 'pending',
      collectedBy: pickup?.collectedBy ?? '',
    });
  }
  return { due, absent: [...absent.values()] };
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
