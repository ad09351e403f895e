import { describe, expect, it } from 'vitest';
import { loyalty, type HeldDistribution } from '../../../../src/domain/distribution/loyalty';

const held = (date: string, baskets: [string, 'collected' | 'collectedByOther' | 'notCollected' | 'pending'][]): HeldDistribution => ({
  id: date,
  date,
  baskets: baskets.map(([memberId, status]) => ({ memberId, status })),
});

const history = [
  held('2026-01-06', [
    ['ana', 'collected'],
    ['bob', 'notCollected'],
    ['cam', 'collected'],
  ]),
  held('2026-01-13', [
    ['ana', 'collectedByOther'],
    ['bob', 'collected'],
    ['cam', 'pending'],
  ]),
  held('2026-01-20', [
    ['ana', 'notCollected'],
    ['bob', 'collected'],
    ['ana', 'collected'],
  ]),
  held('2026-01-27', [
    ['ana', 'collected'],
    ['bob', 'notCollected'],
  ]),
];

describe('loyalty', () => {
  it('counts members who collected at N of their last M distributions (a proxy counts, one basket of several is enough)', () => {
    expect(loyalty(history, 3, 4)).toEqual({ members: 3, loyal: 1, loyalMemberIds: ['ana'] });
    expect(loyalty(history, 2, 4)).toEqual({ members: 3, loyal: 2, loyalMemberIds: ['ana', 'bob'] });
    // Only the last two: ana 2/2, bob 1/2, cam 1/2 (cam's last two are 13 and 6 January).
    expect(loyalty(history, 2, 2)).toEqual({ members: 3, loyal: 1, loyalMemberIds: ['ana'] });
    expect(loyalty(history, 1, 1).loyalMemberIds).toEqual(['ana']);
    expect(loyalty(history, 1, 2).loyalMemberIds).toEqual(['ana', 'bob', 'cam']);
  });

  it('refuses N and M that make no sense', () => {
    expect(() => loyalty(history, 0, 3)).toThrow(RangeError);
    expect(() => loyalty(history, 4, 3)).toThrow(RangeError);
  });
});
