import { describe, expect, it } from 'vitest';
import { findPossibleDuplicates } from '../../../../src/domain/people/duplicates';

const existing = [
  { id: 'a', firstName: 'Élodie', lastName: 'Durand', phone: '06 12 34 56 78', email: '' },
  { id: 'b', firstName: 'Marc', lastName: 'Lefèvre', phone: '', email: 'Marc.Lefevre@exemple.fr' },
  { id: 'c', firstName: 'Élodie', lastName: 'Durand', phone: '07 00 00 00 01', email: '' },
];

describe('findPossibleDuplicates', () => {
  it('finds the same person typed with other accents, case, spaces and phone format', () => {
    const found = findPossibleDuplicates({ firstName: ' elodie ', lastName: 'DURAND', phone: '+33 6 12 34 56 78', email: '' }, existing);
    expect(found.map((d) => [d.person.id, d.reasons])).toEqual([['a', ['phone']]]);
  });

  it('finds by email regardless of case, and with the name parts swapped', () => {
    const found = findPossibleDuplicates({ firstName: 'Lefevre', lastName: 'marc', phone: '', email: 'marc.lefevre@EXEMPLE.fr' }, existing);
    expect(found.map((d) => [d.person.id, d.reasons])).toEqual([['b', ['email']]]);
  });

  it('does not flag the same name with another contact, nor the same phone with another name', () => {
    expect(findPossibleDuplicates({ firstName: 'Élodie', lastName: 'Durand', phone: '06 99 99 99 99', email: '' }, existing)).toEqual([]);
    expect(findPossibleDuplicates({ firstName: 'Paul', lastName: 'Durand', phone: '06 12 34 56 78', email: '' }, existing)).toEqual([]);
  });

  it('needs a contact to compare: a name alone is not a duplicate', () => {
    expect(findPossibleDuplicates({ firstName: 'Élodie', lastName: 'Durand', phone: '', email: '' }, existing)).toEqual([]);
  });

  it('compares against rows that hold only a first name and an initial, as on a producer’s phone', () => {
    const partial = [{ id: 'p', firstName: 'Élodie', lastName: 'D.' }, { id: 'q', firstName: 'Élodie' }, ...existing];
    const found = findPossibleDuplicates({ firstName: 'Élodie', lastName: 'Durand', phone: '06 12 34 56 78', email: 'e@x.fr' }, partial);
    expect(found.map((d) => d.person.id)).toEqual(['a']);
    expect(findPossibleDuplicates({ firstName: 'Élodie' }, partial)).toEqual([]);
  });

  it('leaves out the person being edited', () => {
    const found = findPossibleDuplicates(existing[0] as (typeof existing)[0], existing, 'a');
    expect(found).toEqual([]);
  });
});
