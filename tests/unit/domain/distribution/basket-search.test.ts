import { describe, expect, it } from 'vitest';
import type { Basket, PersonName } from '../../../../src/domain/distribution/baskets';
import {
  absentBasketNumbered,
  buildBasketKeys,
  filterBasketIds,
  pickupEvent,
  shortName,
} from '../../../../src/domain/distribution/basket-search';
import { formatDay } from '../../../../src/domain/format/day-format';
import { basketOf } from '../../../factories/entities';

const basket = (number: number, memberId: string, proxyName: string | null = null): Basket =>
  basketOf({ contractId: `c${number}`, memberId, number, proxyName });

const names = new Map<string, PersonName>([
  ['elodie', { firstName: 'Élodie', lastName: 'Durand' }],
  ['marc', { firstName: 'Marc', lastName: 'Lefèvre' }],
  ['anne', { firstName: 'Anne', lastName: 'Martin' }],
]);
const baskets = [
  basket(1, 'elodie'),
  basket(2, 'marc'),
  basket(3, 'anne', 'Paul Bernard'),
  ...Array.from({ length: 10 }, (_, i) => basket(10 + i, 'marc')),
];
const keys = buildBasketKeys(baskets, names);

describe('filterBasketIds', () => {
  it('finds a member by three letters of the first or last name, whatever the accents and case', () => {
    expect(filterBasketIds(keys, 'elo')).toEqual(['c1']);
    expect(filterBasketIds(keys, 'DUR')).toEqual(['c1']);
    expect(filterBasketIds(keys, 'lef')).toHaveLength(11);
    expect(filterBasketIds(keys, 'mar')).toEqual(['c2', 'c3', ...Array.from({ length: 10 }, (_, i) => `c${10 + i}`)]);
    expect(filterBasketIds(keys, 'anne mar')).toEqual(['c3']);
    expect(filterBasketIds(keys, 'zoé')).toEqual([]);
  });

  it('finds a basket by the proxy who comes to collect it', () => {
    expect(filterBasketIds(keys, 'paul')).toEqual(['c3']);
  });

  it('finds a basket by number, the exact one first, then the numbers that start with it', () => {
    expect(filterBasketIds(keys, '3')).toEqual(['c3']);
    expect(filterBasketIds(keys, '1')).toEqual(['c1', ...Array.from({ length: 10 }, (_, i) => `c${10 + i}`)]);
    expect(filterBasketIds(keys, 'n° 12')).toEqual(['c12']);
  });

  it('returns every basket, in list order, for an empty query', () => {
    expect(filterBasketIds(keys, '  ')).toEqual(baskets.map((b) => b.contractId));
  });
});

describe('shortName', () => {
  it('keeps the first name and the initial of the last name only', () => {
    expect(shortName({ firstName: 'Élodie', lastName: 'durand' })).toBe('Élodie D.');
    expect(shortName({ firstName: 'Marc', lastName: '' })).toBe('Marc');
    expect(shortName(undefined)).toBe('');
  });
});

describe('pickupEvent', () => {
  const at = new Date('2026-04-07T18:30:00.000Z');
  it('stamps the event with the device and the time', () => {
    expect(pickupEvent({ distributionId: 'd', contractId: 'c' }, 'collected', { clientId: 'dev' }, at)).toEqual({
      distributionId: 'd',
      contractId: 'c',
      status: 'collected',
      collectedBy: '',
      recordedAt: '2026-04-07T18:30:00.000Z',
      deviceId: 'dev',
    });
  });

  it('keeps the name of whoever collected only for a basket collected by someone else', () => {
    expect(pickupEvent({ distributionId: 'd', contractId: 'c' }, 'collectedByOther', { clientId: 'dev' }, at, ' Paul ').collectedBy).toBe(
      'Paul',
    );
    expect(pickupEvent({ distributionId: 'd', contractId: 'c' }, 'pending', { clientId: 'dev' }, at, 'Paul').collectedBy).toBe('');
  });
});

describe('formatDay', () => {
  it('reads the calendar day in the language, without time zone shifts', () => {
    expect(formatDay('2026-04-07', 'fr')).toBe('mardi 7 avril');
    expect(formatDay('2026-04-07', 'en')).toBe('Tuesday 7 April');
  });
});

describe('absentBasketNumbered', () => {
  const absent = [{ memberId: 'marc', contractIds: ['c3', 'c4'], numbers: [3, 4], note: '' }];

  it('finds the absent member whose basket has exactly the number typed, as the search reads numbers', () => {
    expect(absentBasketNumbered(absent, '4')).toEqual({ number: 4, memberId: 'marc' });
    expect(absentBasketNumbered(absent, ' n° 3 ')).toEqual({ number: 3, memberId: 'marc' });
  });

  it('finds nothing for another number or for letters', () => {
    expect(absentBasketNumbered(absent, '34')).toBeNull();
    expect(absentBasketNumbered(absent, 'lef')).toBeNull();
    expect(absentBasketNumbered([], '4')).toBeNull();
  });
});
