/** Read queries over the payments: a contract's instalments, a group's, a producer's, every one; live rows only. */
import type { MembershipFee, Payment } from '../domain/payments/payment-entities';
import type { CourtCircuitDb } from './database';
import { live } from './queries';

const byIndex = (a: Payment, b: Payment) => a.index - b.index;

export async function listContractPayments(db: CourtCircuitDb, contractId: string): Promise<Payment[]> {
  return live(await db.payments.where('contractId').equals(contractId).toArray()).sort(byIndex);
}

export async function listGroupPayments(db: CourtCircuitDb, groupId: string): Promise<Payment[]> {
  return live(await db.payments.where('groupId').equals(groupId).toArray());
}

export async function listProducerPayments(db: CourtCircuitDb, producerId: string): Promise<Payment[]> {
  return live(await db.payments.where('producerId').equals(producerId).toArray());
}

export async function listPayments(db: CourtCircuitDb): Promise<Payment[]> {
  return live(await db.payments.toArray());
}

export async function listGroupFees(db: CourtCircuitDb, groupId: string, year: number): Promise<MembershipFee[]> {
  return live(await db.membershipFees.where('groupId').equals(groupId).toArray()).filter((fee) => fee.year === year);
}
