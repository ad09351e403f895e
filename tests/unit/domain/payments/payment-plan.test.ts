import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  memberStatus,
  paymentFigures,
  planInstalments,
  splitCents,
  sumCents,
  type InstalmentState,
} from '../../../../src/domain/payments/payment-plan';
import { MAX_INSTALMENTS, paymentPlanArgs } from '../../../../src/domain/payments/payment-entities';

describe('splitCents', () => {
  it('sums exactly to the total, for every total and count, the amounts one cent apart at most', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000_000),
        fc.integer({ min: 1, max: MAX_INSTALMENTS }),
        fc.constantFrom('first' as const, 'last' as const),
        (total, count, on) => {
          const amounts = splitCents(total, count, on);
          expect(amounts).toHaveLength(count);
          expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
          expect(amounts.every((a) => Number.isInteger(a) && a >= 0)).toBe(true);
          // The extra cents sit at the chosen end: the amounts never go up (first) or never go down (last).
          const ordered = on === 'first' ? [...amounts].sort((a, b) => b - a) : [...amounts].sort((a, b) => a - b);
          expect(amounts).toEqual(ordered);
        },
      ),
    );
  });

  it('puts the remainder on the first or the last instalment', () => {
    expect(splitCents(10_000, 3)).toEqual([3334, 3333, 3333]);
    expect(splitCents(10_000, 3, 'last')).toEqual([3333, 3333, 3334]);
    expect(splitCents(2, 3)).toEqual([1, 1, 0]);
    expect(splitCents(0, 2)).toEqual([0, 0]);
  });

  it('refuses a count under one and a total that is not whole cents', () => {
    expect(() => splitCents(100, 0)).toThrow(RangeError);
    expect(() => splitCents(10.5, 2)).toThrow(RangeError);
    expect(() => splitCents(-1, 2)).toThrow(RangeError);
  });
});

describe('planInstalments', () => {
  it('makes a plan the mutation accepts, one a month across the new year, summing to the total', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: MAX_INSTALMENTS }), (total, count) => {
        const instalments = planInstalments({ total, count, remainderOn: 'last', method: 'cheque', firstMonth: '2026-11' });
        expect(sumCents(instalments)).toBe(total);
        expect(paymentPlanArgs.safeParse({ contractId: 'c', instalments }).success).toBe(true);
        expect(instalments.map((i) => i.dueMonth)).toEqual([...instalments.map((i) => i.dueMonth)].sort());
      }),
    );
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', 11)).toBe('2026-12');
  });
});

describe('paymentFigures and memberStatus', () => {
  const plan = (received: (string | null)[]): InstalmentState[] =>
    received.map((receivedOn, i) => ({ amountCents: 1000, dueMonth: addMonths('2026-04', i), receivedOn }));

  it('says paid, late (a month over and not received), partly paid or pending, on a given day', () => {
    expect(paymentFigures(3000, plan(['2026-04-07', '2026-05-05', '2026-06-02']), '2026-06-10').status).toBe('paid');
    expect(paymentFigures(3000, plan(['2026-04-07', null, null]), '2026-05-20')).toEqual({
      totalCents: 3000,
      receivedCents: 1000,
      overdueCents: 1000,
      status: 'partlyPaid',
    });
    expect(paymentFigures(3000, plan(['2026-04-07', null, null]), '2026-06-01').status).toBe('late');
    expect(paymentFigures(3000, plan([null, null, null]), '2026-04-01').status).toBe('pending');
    expect(paymentFigures(3000, [], '2027-01-01').status).toBe('pending');
  });

  it('sums a member’s contracts: late if one is, paid if all are', () => {
    const paid = paymentFigures(1000, plan(['2026-04-07']), '2026-06-01');
    const late = paymentFigures(2000, plan([null, null]), '2026-06-01');
    const partly = paymentFigures(2000, plan(['2026-04-07', null]), '2026-05-01');
    expect(memberStatus([paid, paid])).toBe('paid');
    expect(memberStatus([paid, late])).toBe('late');
    expect(memberStatus([paid, partly])).toBe('partlyPaid');
    expect(memberStatus([])).toBe('pending');
  });
});
