/**
 * Last season's contracts of a group renewed into a new season: each season contract that ended in the year before
 * the new season starts becomes a draft with the same member, offer, quantity, size and price, delivered on the new
 * season's days, and its payment plan carried over (same count and method, split anew, one month apart from the new
 * start). A draft's id is made of the contract it renews, so a renewal run twice makes no second contract.
 */
import type { InstalmentFields, Payment } from '../payments/payment-entities';
import { monthOf, planInstalments } from '../payments/payment-plan';
import type { Contract, ContractFields } from './distribution-entities';
import { seasonTotalCents } from './contract-form';

export interface RenewalDraft {
  id: string;
  renews: string;
  fields: ContractFields;
  /** Empty when the renewed contract had no plan. */
  instalments: InstalmentFields[];
  /** Renewed already (its id is taken): shown, never made again. */
  exists: boolean;
}

/**
 * The renewal's id: the new season's first day and the end of the renewed contract's id (a ULID's 26 characters),
 * so that it stays as short when a renewal is renewed in turn.
 */
export function renewedContractId(contractId: string, startDate: string): string {
  return `r${startDate.replaceAll('-', '')}-${contractId.slice(-26)}`;
}

const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

export function renewalDrafts(
  contracts: readonly Contract[],
  payments: readonly Pick<Payment, 'contractId' | 'method' | 'deleted'>[],
  season: { groupId: string; startDate: string; endDate: string; deliveryDates: readonly string[] },
): RenewalDraft[] {
  if (season.deliveryDates.length === 0) return [];
  const taken = new Set(contracts.map((c) => c.id));
  const renewed = contracts.filter(
    (c) =>
      !c.deleted &&
      c.kind === 'season' &&
      c.groupId === season.groupId &&
      c.endDate < season.startDate &&
      c.endDate >= yearBefore(season.startDate),
  );
  return renewed.map((contract) => {
    const fields: ContractFields = {
      memberId: contract.memberId,
      groupId: contract.groupId,
      offerId: contract.offerId,
      kind: 'season',
      startDate: season.startDate,
      endDate: season.endDate,
      deliveryDates: [...season.deliveryDates],
      quantity: contract.quantity,
      size: contract.size,
      pricePerDeliveryCents: contract.pricePerDeliveryCents,
      notes: '',
    };
    const plan = payments.filter((p) => !p.deleted && p.contractId === contract.id);
    const instalments =
      plan.length === 0
        ? []
        : planInstalments({
            total: seasonTotalCents(fields),
            count: plan.length,
            remainderOn: 'first',
            method: plan[0]?.method ?? 'cheque',
            firstMonth: monthOf(season.startDate),
          });
    const id = renewedContractId(contract.id, season.startDate);
    return { id, renews: contract.id, fields, instalments, exists: taken.has(id) };
  });
}
