import { describe, expect, it } from 'vitest';
import { deliveryDatesFor } from '../../../../src/domain/distribution/delivery-dates';

describe('deliveryDatesFor', () => {
  it('generates weekly, fortnightly and monthly dates within the season', () => {
    expect(deliveryDatesFor('2026-04-07', '2026-05-05', 'weekly')).toEqual([
      '2026-04-07',
      '2026-04-14',
      '2026-04-21',
      '2026-04-28',
      '2026-05-05',
    ]);
    expect(deliveryDatesFor('2026-04-07', '2026-05-04', 'fortnightly')).toEqual(['2026-04-07', '2026-04-21']);
    expect(deliveryDatesFor('2026-01-31', '2026-06-30', 'monthly')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
    expect(deliveryDatesFor('2026-03-28', '2026-04-04', 'weekly')).toEqual(['2026-03-28', '2026-04-04']);
  });

  it('gives the first date alone for another rhythm (dates are then picked)', () => {
    expect(deliveryDatesFor('2026-04-07', '2026-09-30', 'other')).toEqual(['2026-04-07']);
  });
});
