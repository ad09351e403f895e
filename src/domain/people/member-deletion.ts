/**
 * Whether a member's record may be deleted today. Deleting blanks the person's names but not their contracts, which
 * keep making baskets at every distribution they deliver to: those would be handed out under no name. Contracts
 * with a delivery today or later block the delete; past ones only make history.
 */
import type { Contract } from '../distribution/distribution-entities';

export interface ContractsInCourse {
  contracts: Contract[];
  /** The latest delivery among them (YYYY-MM-DD). */
  lastDelivery: string;
}

/** The member's contracts still delivering on or after today, or null when none is. */
export function contractsInCourse(contracts: Iterable<Contract>, today: string): ContractsInCourse | null {
  const inCourse = [...contracts].filter((contract) => !contract.deleted && lastDeliveryOf(contract) >= today);
  if (inCourse.length === 0) return null;
  return { contracts: inCourse, lastDelivery: inCourse.map(lastDeliveryOf).reduce((a, b) => (a > b ? a : b)) };
}

// ISO dates compare as strings; a contract with no delivery date left has nothing to deliver.
export function lastDeliveryOf(contract: Contract): string {
  return contract.deliveryDates.reduce((a, b) => (a > b ? a : b), '');
}
