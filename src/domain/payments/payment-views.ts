/**
 * What the payment screens show, worked out from rows: the cheques each producer takes home from a distribution,
 * and the treasurer's due-versus-received table and late instalments. Pure: the screens pass the rows they read.
 */
import type { Payment } from './payment-entities';
import { monthOf, sumCents } from './payment-plan';

/** An instalment as the figures read it: fields a pulled row may lack (an older phone's receipt) made explicit. */
export type InstalmentRow = Pick<
  Payment,
  'id' | 'contractId' | 'index' | 'memberId' | 'groupId' | 'producerId' | 'amountCents' | 'dueMonth' | 'method'
> & {
  chequeNumber?: string;
  bank?: string;
  receivedOn?: string | null;
  handedAt?: string | null;
  confirmedAt?: string | null;
};

export interface ProducerCheques<T extends InstalmentRow = InstalmentRow> {
  producerId: string;
  cheques: T[];
  totalCents: number;
  /** How many of them are ticked as handed over at this distribution. */
  handed: number;
  confirmed: number;
}

const byMemberThenIndex = (names: ReadonlyMap<string, string>) => (a: InstalmentRow, b: InstalmentRow) =>
  (names.get(a.memberId) ?? '').localeCompare(names.get(b.memberId) ?? '') || a.contractId.localeCompare(b.contractId) || a.index - b.index;

/**
 * Per producer, the cheques to hand over at a distribution: received and not yet handed over, or handed over at
 * this one (so a tick stays on the list), each list in the members' name order, with its total.
 */
export function chequesByProducer<T extends InstalmentRow>(
  payments: readonly T[],
  distributionId: string,
  memberNames: ReadonlyMap<string, string>,
): ProducerCheques<T>[] {
  const lists = new Map<string, T[]>();
  for (const payment of payments) {
    if (payment.method !== 'cheque' || !payment.receivedOn) continue;
    if (payment.handedAt && payment.handedAt !== distributionId) continue;
    lists.set(payment.producerId, [...(lists.get(payment.producerId) ?? []), payment]);
  }
  return [...lists]
    .map(([producerId, cheques]) => ({
      producerId,
      cheques: cheques.sort(byMemberThenIndex(memberNames)),
      totalCents: sumCents(cheques),
      handed: cheques.filter((c) => c.handedAt === distributionId).length,
      confirmed: cheques.filter((c) => c.handedAt === distributionId && c.confirmedAt).length,
    }))
    .sort((a, b) => a.producerId.localeCompare(b.producerId));
}

export interface TreasurerLine {
  groupId: string;
  producerId: string;
  month: string;
  dueCents: number;
  receivedCents: number;
}

/** Due and received per group, producer and month due, in that order: what the treasurer's table and CSV show. */
export function treasurerLines(payments: readonly InstalmentRow[]): TreasurerLine[] {
  const lines = new Map<string, TreasurerLine>();
  for (const p of payments) {
    const key = [p.groupId, p.producerId, p.dueMonth].join('|');
    const line = lines.get(key) ?? { groupId: p.groupId, producerId: p.producerId, month: p.dueMonth, dueCents: 0, receivedCents: 0 };
    line.dueCents += p.amountCents;
    if (p.receivedOn) line.receivedCents += p.amountCents;
    lines.set(key, line);
  }
  return [...lines.values()].sort(
    (a, b) => a.groupId.localeCompare(b.groupId) || a.producerId.localeCompare(b.producerId) || a.month.localeCompare(b.month),
  );
}

/** Instalments whose month is over on `today` and that are not received, oldest first. */
export function lateInstalments(payments: readonly InstalmentRow[], today: string): InstalmentRow[] {
  const thisMonth = monthOf(today);
  return payments
    .filter((p) => !p.receivedOn && p.dueMonth < thisMonth)
    .sort((a, b) => a.dueMonth.localeCompare(b.dueMonth) || a.id.localeCompare(b.id));
}

/** Received and due over the instalments due in a period of months (both ends included). */
export function receivedOfDue(
  payments: readonly InstalmentRow[],
  fromMonth: string,
  toMonth: string,
): { receivedCents: number; dueCents: number } {
  const inPeriod = payments.filter((p) => p.dueMonth >= fromMonth && p.dueMonth <= toMonth);
  return { dueCents: sumCents(inPeriod), receivedCents: sumCents(inPeriod.filter((p) => p.receivedOn)) };
}

export interface TreasurerCsvLabels {
  header: readonly string[];
  groupName(id: string): string;
  producerName(id: string): string;
  euros(cents: number): string;
}

/** The treasurer's table as CSV rows, in the screen's order and with the screen's figures. */
export function treasurerCsvRows(lines: readonly TreasurerLine[], labels: TreasurerCsvLabels): string[][] {
  return [
    [...labels.header],
    ...lines.map((line) => [
      labels.groupName(line.groupId),
      labels.producerName(line.producerId),
      line.month,
      labels.euros(line.dueCents),
      labels.euros(line.receivedCents),
      labels.euros(line.dueCents - line.receivedCents),
    ]),
  ];
}
