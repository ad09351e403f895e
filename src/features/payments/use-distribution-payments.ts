/** A distribution's payments: the instalments to collect there and, per producer, the cheques to hand over. */
import { useMemo } from 'react';
import { useDistributionDayRows } from '../../db/hooks/use-distribution-day-rows';
import { useDistributionPayments } from '../../db/hooks/use-payments';
import type { DistributionDayRows } from '../../db/distribution-reads';
import type { Payment } from '../../domain/payments/payment-entities';
import { monthOf } from '../../domain/payments/payment-plan';
import { chequesByProducer, type ProducerCheques } from '../../domain/payments/payment-views';
import { displayName } from '../../domain/people/member-search';
import { useBasketMemberName } from '../../ui/use-basket-member-name';

export interface DistributionPayments {
  rows: DistributionDayRows;
  /** Instalments due by the distribution's month and not received, and those received on its day. */
  toCollect: Payment[];
  producers: ProducerCheques<Payment>[];
  memberName(memberId: string): string;
  producerName(producerId: string): string;
}

export function useDistributionPaymentsView(distributionId: string): DistributionPayments | null | undefined {
  const rows = useDistributionDayRows(distributionId);
  const payments = useDistributionPayments(rows?.distribution.groupId ?? null, rows?.ownProducerId ?? null);
  const memberName = useBasketMemberName();
  return useMemo(() => {
    if (rows === null) return null;
    if (rows === undefined || payments === undefined) return undefined;
    const { distribution } = rows;
    const members = new Map(rows.members.map((m) => [m.id, m]));
    const nameOf = (id: string) => memberName(members.get(id), (name) => `${name.lastName} ${name.firstName}`.trim());
    const names = new Map(rows.members.map((m) => [m.id, nameOf(m.id)]));
    const producerNames = new Map(rows.producers.map((p) => [p.id, p.farm || p.name]));
    const month = monthOf(distribution.date);
    const toCollect = payments
      .filter((p) => (p.receivedOn ? p.receivedOn === distribution.date : p.dueMonth <= month))
      .sort((a, b) => (names.get(a.memberId) ?? '').localeCompare(names.get(b.memberId) ?? '', 'fr') || a.index - b.index);
    return {
      rows,
      toCollect,
      producers: chequesByProducer(payments, distribution.id, names),
      memberName: (id: string) => names.get(id) ?? memberName(undefined, displayName),
      producerName: (id: string) => producerNames.get(id) ?? id,
    };
  }, [rows, payments, memberName]);
}
