/**
 * A contract's payment plan, worked out before it is written: a total split exactly in cents, the instalments' due
 * months, and what is received, due and late of a plan on a given day.
 */
import type { InstalmentFields, PaymentMethod } from './payment-entities';

export type RemainderOn = 'first' | 'last';

/**
 * `total` cents in `count` instalments that differ by at most one cent and sum to it exactly: the cents left over
 * by the even split go one each to the first (or last) instalments.
 */
export function splitCents(total: number, count: number, remainderOn: RemainderOn = 'first'): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a whole number of cents: ${total}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be at least 1: ${count}`);
  const base = Math.floor(total / count);
  const extra = total - base * count;
  const amounts = Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
  return remainderOn === 'first' ? amounts : amounts.reverse();
}

/** The month `offset` months after `month` (YYYY-MM). */
export function addMonths(month: string, offset: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const monthOf = (day: string): string => day.slice(0, 7);

export interface PlanChoice {
  total: number;
  count: number;
  remainderOn: RemainderOn;
  method: PaymentMethod;
  /** The first instalment's month; the others follow one a month. */
  firstMonth: string;
}

/** A fresh plan: the split, one instalment a month from the first, all by the same method, cheques not yet numbered. */
export function planInstalments(choice: PlanChoice): InstalmentFields[] {
  return splitCents(choice.total, choice.count, choice.remainderOn).map((amountCents, i) => ({
    amountCents,
    dueMonth: addMonths(choice.firstMonth, i),
    method: choice.method,
    chequeNumber: '',
    bank: '',
  }));
}

export const sumCents = (amounts: readonly { amountCents: number }[]): number => amounts.reduce((sum, a) => sum + a.amountCents, 0);

/** What an instalment must hold for the figures: its amount, month, and whether it was received. */
export interface InstalmentState {
  amountCents: number;
  dueMonth: string;
  receivedOn: string | null;
}

/**
 * - paid: everything of the total received;
 * - late: an instalment whose month is over is not received;
 * - partlyPaid: some received, nothing late;
 * - pending: nothing received yet, nothing late (or no plan yet).
 */
export type PaymentStatus = 'paid' | 'late' | 'partlyPaid' | 'pending';

export interface PaymentFigures {
  totalCents: number;
  receivedCents: number;
  /** Of the instalments whose month has come, what is not received. */
  overdueCents: number;
  status: PaymentStatus;
}

/** The figures of one contract's instalments against its total, on `today` (YYYY-MM-DD). */
export function paymentFigures(totalCents: number, instalments: readonly InstalmentState[], today: string): PaymentFigures {
  const thisMonth = monthOf(today);
  const receivedCents = sumCents(instalments.filter((i) => i.receivedOn !== null));
  const late = instalments.filter((i) => i.receivedOn === null && i.dueMonth < thisMonth);
  const overdueCents = sumCents(instalments.filter((i) => i.receivedOn === null && i.dueMonth <= thisMonth));
  const status: PaymentStatus =
    receivedCents >= totalCents && totalCents > 0 ? 'paid' : late.length > 0 ? 'late' : receivedCents > 0 ? 'partlyPaid' : 'pending';
  return { totalCents, receivedCents, overdueCents, status };
}

/** A member's status over their contracts: late when one is, paid when all are, else partly paid or pending. */
export function memberStatus(perContract: readonly PaymentFigures[]): PaymentStatus {
  if (perContract.length === 0) return 'pending';
  if (perContract.every((f) => f.status === 'paid')) return 'paid';
  if (perContract.some((f) => f.status === 'late')) return 'late';
  return perContract.some((f) => f.status === 'partlyPaid' || f.status === 'paid') ? 'partlyPaid' : 'pending';
}
