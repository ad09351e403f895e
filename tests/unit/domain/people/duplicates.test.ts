import { describe, expect, it } from 'vitest';
import { DuplicateIndex, findPossibleDuplicates } from '../../../../src/domain/people/duplicates';

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

describe('DuplicateIndex', () => {
  const amelie = { id: 'am', firstName: 'Amélie', lastName: 'Durand', phone: '+33612345678', email: '', quarterId: 'q1' };
  const others = [
    amelie,
    { id: 'ma', firstName: 'Marie', lastName: 'Martin', phone: '', email: 'marie@x.fr', quarterId: 'q1' },
    { id: 'mb', firstName: 'Marie', lastName: 'Martin', phone: '', email: '', quarterId: 'q2' },
  ];
  const index = new DuplicateIndex(others);

  it('warns about "Amélie Durand, 06 12 34 56 78" when "Amelie Durant, 0612345678" is typed: probable', () => {
    const found = index.find({ firstName: 'Amelie', lastName: 'Durant', phone: '0612345678', email: '' });
    expect(found.map((d) => [d.person.id, d.level, d.reasons])).toEqual([['am', 'probable', ['phone']]]);
  });

  it('finds a similar name in the same quarter as possible, not in another quarter', () => {
    const found = index.find({ firstName: 'Mraie', lastName: 'Martin', phone: '', email: '', quarterId: 'q2' });
    expect(found.map((d) => [d.person.id, d.level, d.reasons])).toEqual([['mb', 'possible', ['quarter']]]);
    expect(index.find({ firstName: 'Marie', lastName: 'Martin', phone: '', email: '', quarterId: 'q3' })).toEqual([]);
    expect(index.find({ firstName: 'Marie', lastName: 'Martin', phone: '', email: '', quarterId: '' })).toEqual([]);
  });

  it('lists probable ones first', () => {
    const found = index.find({ firstName: 'Marie', lastName: 'Martin', phone: '', email: 'MARIE@x.fr', quarterId: 'q2' });
    expect(found.map((d) => [d.person.id, d.level])).toEqual([
      ['ma', 'probable'],
      ['mb', 'possible'],
    ]);
  });
});
