import { describe, expect, it } from 'vitest';
import { findDuplicatePairs } from '../../../../src/domain/people/duplicate-pairs';

const person = (id: string, firstName: string, lastName: string, phone = '', email = '') => ({ id, firstName, lastName, phone, email });

describe('findDuplicatePairs', () => {
  it('pairs people of the same name reached by the same phone or e-mail, once per pair', () => {
    const pairs = findDuplicatePairs([
      person('1', 'Élodie', 'Durand', '06 12 34 56 78'),
      person('2', 'Marie', 'Martin', '06 00 00 00 01'),
      person('3', 'elodie', 'DURAND', '+33 6 12 34 56 78', 'e@x.fr'),
      person('4', 'Durand', 'Élodie', '', 'E@X.fr'),
      person('5', 'Marie', 'Martin', '06 00 00 00 02'),
    ]);
    expect(pairs.map((p) => [p.first.id, p.second.id, p.reasons])).toEqual([
      ['1', '3', ['phone']],
      ['3', '4', ['email']],
    ]);
  });

  it('finds nothing among people with no contact or no name', () => {
    expect(
      findDuplicatePairs([
        person('1', 'A', 'B'),
        person('2', 'A', 'B'),
        person('3', '', '', '0612345678'),
        person('4', '', '', '0612345678'),
      ]),
    ).toEqual([]);
  });

  it('skips rows that hold only a first name and an initial, as on a producer’s phone', () => {
    const pairs = findDuplicatePairs([
      { id: 'p', firstName: 'Paul', lastName: 'P.' },
      { id: 'q', firstName: 'Paul', lastName: 'P.' },
      { id: 'r', firstName: 'Paul' },
    ]);
    expect(pairs).toEqual([]);
  });
});
