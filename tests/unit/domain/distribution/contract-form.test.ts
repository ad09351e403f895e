import { describe, expect, it } from 'vitest';
import {
  EMPTY_CONTRACT_FORM,
  addDate,
  candidateDates,
  contractFieldsOf,
  contractFormOf,
  deliveryDatesOf,
  draftOf,
  isActive,
  parseDecimal,
  seasonTotalCents,
  toggleDate,
  type ContractFormValues,
} from '../../../../src/domain/distribution/contract-form';

const season: ContractFormValues = {
  ...EMPTY_CONTRACT_FORM,
  memberId: 'm',
  groupId: 'g',
  offerId: 'o',
  startDate: '2026-04-07',
  endDate: '2026-04-28',
  price: '15,50',
};

describe('delivery dates of the form', () => {
  it('follows the rhythm, without the unticked dates and with the added ones', () => {
    expect(candidateDates(season, 'weekly')).toEqual(['2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28']);
    let values = { ...season, ...toggleDate(season, '2026-04-14') };
    values = { ...values, ...addDate(values, '2026-04-10') };
    expect(deliveryDatesOf(values, 'weekly')).toEqual(['2026-04-07', '2026-04-10', '2026-04-21', '2026-04-28']);
    // Adding an unticked date ticks it again.
    values = { ...values, ...addDate(values, '2026-04-14') };
    expect(deliveryDatesOf(values, 'weekly')).toContain('2026-04-14');
  });

  it('has no generated date before the season is set or the group known', () => {
    expect(candidateDates({ ...season, endDate: '' }, 'weekly')).toEqual([]);
    expect(candidateDates(season, undefined)).toEqual([]);
  });

  it('gives a one-off order its single date', () => {
    expect(deliveryDatesOf({ ...season, kind: 'oneOff', oneOffDate: '2026-05-05' }, 'weekly')).toEqual(['2026-05-05']);
    expect(deliveryDatesOf({ ...season, kind: 'oneOff' }, 'weekly')).toEqual([]);
  });
});

describe('contractFieldsOf', () => {
  it('turns typed text into the mutation fields', () => {
    const result = contractFieldsOf({ ...season, quantity: '1,5', size: 'small' }, 'fortnightly');
    expect(result).toEqual({
      fields: {
        memberId: 'm',
        groupId: 'g',
        offerId: 'o',
        kind: 'season',
        startDate: '2026-04-07',
        endDate: '2026-04-28',
        deliveryDates: ['2026-04-07', '2026-04-21'],
        quantity: 1.5,
        size: 'small',
        pricePerDeliveryCents: 1550,
        notes: '',
      },
    });
  });

  it('reports text that is no number on the mutation paths', () => {
    expect(contractFieldsOf({ ...season, quantity: 'deux', price: 'gratuit' }, 'weekly')).toEqual({
      issues: [
        { path: 'quantity', message: 'validation.quantityPositive' },
        { path: 'pricePerDeliveryCents', message: 'validation.priceInvalid' },
      ],
    });
  });

  it('round-trips a stored contract, unticking the rhythm dates it left out', () => {
    const stored = draftOf({
      memberId: 'm',
      groupId: 'g',
      offerId: 'o',
      kind: 'season',
      startDate: '2026-04-07',
      endDate: '2026-04-28',
      deliveryDates: ['2026-04-07', '2026-04-10', '2026-04-28'],
      quantity: 2,
      size: null,
      pricePerDeliveryCents: 1205,
      notes: 'sans céleri',
    });
    const form = contractFormOf(stored, 'weekly');
    expect(form).toMatchObject({ quantity: '2', price: '12,05', added: ['2026-04-10'], unticked: ['2026-04-14', '2026-04-21'] });
    expect(contractFieldsOf(form, 'weekly')).toEqual({ fields: stored });
  });
});

describe('figures', () => {
  it('totals a season and tells whether it runs', () => {
    expect(seasonTotalCents({ pricePerDeliveryCents: 1550, deliveryDates: ['a', 'b', 'c'] })).toBe(4650);
    expect(isActive({ startDate: '2026-04-01', endDate: '2026-09-30' }, '2026-09-30')).toBe(true);
    expect(isActive({ startDate: '2026-04-01', endDate: '2026-09-30' }, '2026-10-01')).toBe(false);
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('-1')).toBe(-1);
    expect(parseDecimal('1,5kg')).toBeNull();
  });
});
