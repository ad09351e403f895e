import { describe, expect, it } from 'vitest';
import type { DistributionDay } from '../../../../src/domain/distribution/baskets';
import { sheetCsvRows, sheetFileName, signoffSheet, type SheetCsvLabels } from '../../../../src/domain/distribution/signoff-sheet';

const basket = (number: number, memberId: string, contractId: string, offerId: string, proxyName: string | null = null) => ({
  contractId,
  memberId,
  producerId: 'p',
  offerId,
  quantity: 2,
  size: 'large' as const,
  kind: 'season' as const,
  number,
  proxyName,
  status: 'pending' as const,
  collectedBy: '',
});

const day: DistributionDay = {
  due: [basket(1, 'm1', 'c1', 'veg'), basket(2, 'm2', 'c2', 'eggs', 'Jeanne Petit')],
  absent: [
    { memberId: 'm4', contractIds: ['c4'], numbers: [5], note: 'en vacances' },
    { memberId: 'm3', contractIds: ['c3', 'c5'], numbers: [3, 4], note: '' },
  ],
};
const names = new Map([
  ['m1', { firstName: 'Eve', lastName: '=cmd()' }],
  ['m2', { firstName: 'Nadia', lastName: 'Benali' }],
  ['m3', { firstName: 'Marc', lastName: 'Lefèvre' }],
  ['m4', { firstName: 'Anne', lastName: 'Aubry' }],
]);
const offers = new Map([
  ['veg', { name: 'Panier de légumes', unit: 'basket' as const }],
  ['eggs', { name: 'Œufs', unit: 'dozen' as const }],
]);
const producerNames = new Map([['p', 'Ferme du Bocage']]);
const units = { basket: ['panier', 'paniers'], dozen: ['douzaine', 'douzaines'] } as Record<string, [string, string]>;
const offerOfContract = new Map([
  ['c3', 'veg'],
  ['c4', 'eggs'],
  ['c5', 'eggs'],
]);
const labels: SheetCsvLabels = {
  header: ['N°', 'Nom', 'Prénom', 'Producteur', 'Panier', 'Qté', 'Taille', 'Procuration', 'Signature'],
  size: (size) => ({ small: 'petit', medium: 'moyen', large: 'grand' })[size],
  quantity: (quantity, unit) => (unit ? `${quantity} ${units[unit]?.[quantity > 1 ? 1 : 0] ?? unit}` : String(quantity)),
  absent: 'Absent·e',
};

describe('signoffSheet', () => {
  it('makes one row per basket due, in order, with names, producer, offer, unit and proxy', () => {
    const sheet = signoffSheet(day, names, offers, offerOfContract, producerNames, 'Fiche supprimée');
    expect(sheet.rows).toEqual([
      {
        contractId: 'c1',
        number: 1,
        lastName: '=cmd()',
        firstName: 'Eve',
        producerName: 'Ferme du Bocage',
        offerName: 'Panier de légumes',
        quantity: 2,
        unit: 'basket',
        size: 'large',
        proxyName: null,
      },
      {
        contractId: 'c2',
        number: 2,
        lastName: 'Benali',
        firstName: 'Nadia',
        producerName: 'Ferme du Bocage',
        offerName: 'Œufs',
        quantity: 2,
        unit: 'dozen',
        size: 'large',
        proxyName: 'Jeanne Petit',
      },
    ]);
  });

  it('lists the absent members apart, by name, with what they would have had and the numbers their baskets keep', () => {
    const sheet = signoffSheet(day, names, offers, offerOfContract, producerNames, 'Fiche supprimée');
    expect(sheet.absent).toEqual([
      { memberId: 'm4', numbers: [5], lastName: 'Aubry', firstName: 'Anne', offerNames: ['Œufs'], note: 'en vacances' },
      { memberId: 'm3', numbers: [3, 4], lastName: 'Lefèvre', firstName: 'Marc', offerNames: ['Panier de légumes', 'Œufs'], note: '' },
    ]);
  });

  it('names « Fiche supprimée » a member whose record was erased or is not on this device, on the sheet and in the CSV', () => {
    const erased = new Map([...names, ['m2', { firstName: '', lastName: '' }]]);
    erased.delete('m3');
    const sheet = signoffSheet(day, erased, offers, offerOfContract, producerNames, 'Fiche supprimée');
    expect(sheet.rows[1]).toMatchObject({ contractId: 'c2', lastName: 'Fiche supprimée', firstName: '' });
    expect(sheet.absent.find((row) => row.memberId === 'm3')).toMatchObject({ lastName: 'Fiche supprimée', firstName: '' });
    expect(sheetCsvRows(sheet, labels)[2]).toEqual([
      '2',
      'Fiche supprimée',
      '',
      'Ferme du Bocage',
      'Œufs',
      '2 douzaines',
      'grand',
      'Jeanne Petit',
      '',
    ]);
  });
});

describe('sheetCsvRows', () => {
  it('writes the header, the baskets with their producer and quantity with its unit, and the absent members, neutralising formulas', () => {
    const rows = sheetCsvRows(signoffSheet(day, names, offers, offerOfContract, producerNames, 'Fiche supprimée'), labels);
    expect(rows).toEqual([
      ['N°', 'Nom', 'Prénom', 'Producteur', 'Panier', 'Qté', 'Taille', 'Procuration', 'Signature'],
      ['1', "'=cmd()", 'Eve', 'Ferme du Bocage', 'Panier de légumes', '2 paniers', 'grand', '', ''],
      ['2', 'Benali', 'Nadia', 'Ferme du Bocage', 'Œufs', '2 douzaines', 'grand', 'Jeanne Petit', ''],
      ['5', 'Aubry', 'Anne', '', 'Œufs', '', '', 'Absent·e', ''],
      ['3, 4', 'Lefèvre', 'Marc', '', 'Panier de légumes, Œufs', '', '', 'Absent·e', ''],
    ]);
  });
});

describe('sheetFileName', () => {
  it('folds accents and spaces of the group name', () => {
    expect(sheetFileName('AMAP des Couronneries / Saint-Éloi', '2026-04-07')).toBe(
      'emargement-amap-des-couronneries-saint-eloi-2026-04-07.csv',
    );
  });

  it('still names a file when the group name has no letters', () => {
    expect(sheetFileName('///', '2026-04-07')).toBe('emargement-groupe-2026-04-07.csv');
  });
});
