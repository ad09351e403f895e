/** The payments as live reads, for screens: undefined while reading, as in use-lists.ts. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Payment } from '../../domain/payments/payment-entities';
import { db } from '../database';
import { listContractPayments, listGroupFees, listGroupPayments, listPayments, listProducerPayments } from '../payment-reads';

export const useContractPayments = (contractId: string): Payment[] | undefined =>
  useLiveQuery(() => listContractPayments(db, contractId), [contractId]);

/** A group's instalments, or with a producer given, only that producer's (a producer's phone holds no other). */
export function useDistributionPayments(groupId: string | null, producerId: string | null = null): Payment[] | undefined {
  return useLiveQuery(async () => {
    if (groupId === null) return [];
    if (producerId === null) return listGroupPayments(db, groupId);
    return (await listProducerPayments(db, producerId)).filter((p) => p.groupId === groupId);
  }, [groupId, producerId]);
}

export const usePayments = (): Payment[] | undefined => useLiveQuery(() => listPayments(db), []);

/** A group's membership fees of a year. */
export const useGroupFees = (groupId: string, year: number) => useLiveQuery(() => listGroupFees(db, groupId, year), [groupId, year]);
