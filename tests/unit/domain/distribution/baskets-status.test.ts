import { describe, expect, it } from 'vitest';
import { withPickupStatus, type Basket } from '../../../../src/domain/distribution/baskets';
import { basketOf } from '../../../factories/entities';

const basket = (contractId: string, number: number): Basket => basketOf({ contractId, memberId: `m-${contractId}`, number });

describe('withPickupStatus', () => {
  const due = [basket('a', 1), basket('b', 2), basket('c', 3)];

  it('lays each check-off over its basket and hands the others back as they were', () => {
    const shown = withPickupStatus(due, [
      { contractId: 'b', status: 'collectedByOther', collectedBy: 'Léa', deleted: false },
      { contractId: 'c', status: 'notCollected', collectedBy: '', deleted: true },
    ]);
    expect(shown.map((b) => [b.contractId, b.status, b.collectedBy])).toEqual([
      ['a', 'pending', ''],
      ['b', 'collectedByOther', 'Léa'],
      ['c', 'pending', ''],
    ]);
    expect(shown[0]).toBe(due[0]);
    expect(due[1]?.status).toBe('pending');
  });

  it('takes the last check-off given for a basket', () => {
    const shown = withPickupStatus(due, [
      { contractId: 'a', status: 'collected', collectedBy: '', deleted: false },
      { contractId: 'a', status: 'pending', collectedBy: '', deleted: false },
    ]);
    expect(shown[0]?.status).toBe('pending');
  });
});
