import { describe, expect, it } from 'vitest';
import type { Absence, Contract, Distribution, Pickup } from '../../../../src/domain/distribution/distribution-entities';
import { heldDistributions, splitByDate, volunteersStillNeeded } from '../../../../src/domain/distribution/distribution-calendar';

const meta = { deleted: false, demo: false } as const;
const distribution = (id: string, date: string, startTime = '18:00'): Distribution =>
  ({ ...meta, id, groupId: 'g', date, startTime, endTime: '19:00', place: '', volunteersNeeded: 1, notes: '' }) as Distribution;

describe('splitByDate', () => {
  it('puts today and later first, soonest first, then the past, latest first', () => {
    const list = [
      distribution('old', '2026-01-01'),
      distribution('later', '2026-12-01'),
      distribution('today-late', '2026-06-10', '20:00'),
      distribution('recent', '2026-06-09'),
      distribution('today-early', '2026-06-10', '08:00'),
    ];
    const { upcoming, past } = splitByDate(list, '2026-06-10');
    expect(upcoming.map((d) => d.id)).toEqual(['today-early', 'today-late', 'later']);
    expect(past.map((d) => d.id)).toEqual(['recent', 'old']);
  });
});

describe('volunteersStillNeeded', () => {
  it('counts the slots left, never below zero', () => {
    expect(volunteersStillNeeded(3, 1)).toBe(2);
    expect(volunteersStillNeeded(2, 4)).toBe(0);
  });
});

describe('heldDistributions', () => {
  it('keeps past distributions only, with their baskets minus absences and their check-off status', () => {
    const contract = {
      ...meta,
      id: 'c1',
      memberId: 'm1',
      groupId: 'g',
      offerId: 'o',
      producerId: 'p',
      deliveryDates: ['2026-01-01', '2026-02-01', '2026-12-01'],
    } as Contract;
    const away = { ...meta, id: 'a', distributionId: 'feb', memberId: 'm1', proxyName: '', note: '' } as Absence;
    const pickup = { ...meta, id: 'p', distributionId: 'jan', contractId: 'c1', status: 'collected', collectedBy: '' } as Pickup;
    const held = heldDistributions(
      [distribution('jan', '2026-01-01'), distribution('feb', '2026-02-01'), distribution('dec', '2026-12-01')],
      [contract],
      [away],
      [pickup],
      '2026-06-10',
    );
    expect(held.map((d) => ({ id: d.id, baskets: d.baskets.map((b) => [b.memberId, b.status]) }))).toEqual([
      { id: 'jan', baskets: [['m1', 'collected']] },
      { id: 'feb', baskets: [] },
    ]);
  });
});
