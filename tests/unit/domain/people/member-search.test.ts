import { describe, expect, it } from 'vitest';
import {
  buildSearchKeys,
  displayName,
  filterMembers,
  type MemberFilter,
  type SearchableMember,
} from '../../../../src/domain/people/member-search';

const person = (
  id: string,
  firstName: string,
  lastName: string,
  phone = '',
  email = '',
  quarterId: string | null = null,
): SearchableMember => ({
  id,
  firstName,
  lastName,
  phone,
  email,
  quarterId,
});

const people = [
  person('1', 'Élodie', 'Durand', '+33 6 12 34 56 78', '', 'q1'),
  person('2', 'Marc', 'Lefèvre', '07.98.76.54.32', 'marc.lefevre@exemple.fr', 'q2'),
  person('3', 'Anne-Sophie', 'N’Guyen', '', 'as@exemple.fr', 'q1'),
  person('4', 'Karim', 'Benali', '0044 20 7946 0958', '', null),
];
const keys = buildSearchKeys(people);
const all: MemberFilter = { query: '', quarterId: null, memberIds: null };
const ids = (filter: Partial<MemberFilter>) => filterMembers(keys, { ...all, ...filter }).map((m) => m.id);

describe('member search', () => {
  it('returns everyone, sorted by name, for an empty query', () => {
    expect(ids({})).toEqual(['3', '1', '4', '2']);
    expect(ids({ query: '   ' })).toHaveLength(4);
  });

  it('ignores accents and case, in either direction', () => {
    expect(ids({ query: 'elodie' })).toEqual(['1']);
    expect(ids({ query: 'ÉLODIE' })).toEqual(['1']);
    expect(ids({ query: 'lefevre' })).toEqual(['2']);
    expect(ids({ query: 'Lefèvre' })).toEqual(['2']);
  });

  it('matches every word, in any order, across first and last name', () => {
    expect(ids({ query: 'durand elo' })).toEqual(['1']);
    expect(ids({ query: 'durand marc' })).toEqual([]);
  });

  it('treats hyphens and apostrophes as spaces', () => {
    expect(ids({ query: 'anne sophie' })).toEqual(['3']);
    expect(ids({ query: "n'guyen" })).toEqual(['3']);
  });

  it('finds by e-mail', () => {
    expect(ids({ query: 'marc.lefevre@' })).toEqual(['2']);
  });

  it('finds a phone by its digits whatever the way it was written or typed', () => {
    expect(ids({ query: '0612' })).toEqual(['1']);
    expect(ids({ query: '06 12 34' })).toEqual(['1']);
    expect(ids({ query: '+33 6 12' })).toEqual(['1']);
    expect(ids({ query: '0033612' })).toEqual(['1']);
    expect(ids({ query: '0798' })).toEqual(['2']);
    expect(ids({ query: '7946' })).toEqual(['4']);
    expect(ids({ query: '0699' })).toEqual([]);
  });

  it('combines a name and phone digits', () => {
    expect(ids({ query: 'elodie 5678' })).toEqual(['1']);
    expect(ids({ query: 'marc 5678' })).toEqual([]);
  });

  it('filters by quarter and by group, together with the query', () => {
    expect(ids({ quarterId: 'q1' })).toEqual(['3', '1']);
    expect(ids({ memberIds: new Set(['2', '3']) })).toEqual(['3', '2']);
    expect(ids({ quarterId: 'q1', memberIds: new Set(['2', '3']) })).toEqual(['3']);
    expect(ids({ quarterId: 'q1', query: 'elodie', memberIds: new Set(['2', '3']) })).toEqual([]);
  });

  it('searches rows that hold only a first name and an initial, as on a producer’s phone', () => {
    const partial = [{ id: 'p1', firstName: 'Paul', lastName: 'P.' }, { id: 'p2', firstName: 'Anne' }, ...people];
    const partialKeys = buildSearchKeys(partial);
    const found = (query: string, quarterId: string | null = null) =>
      filterMembers(partialKeys, { query, quarterId, memberIds: null }).map((m) => m.id);
    expect(found('paul')).toEqual(['p1']);
    expect(found('0612')).toEqual(['1']);
    expect(found('', 'q1')).toEqual(['3', '1']);
    expect(displayName({ firstName: 'Anne' })).toBe('Anne');
  });

  it('displays a name without a dangling space', () => {
    expect(displayName({ firstName: 'Karim', lastName: '' })).toBe('Karim');
  });

  it('filters 10,000 members per keystroke quickly once the keys are built', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      person(
        String(i),
        `Prénom${i}`,
        i % 2 ? 'Lefèvre' : 'Martin',
        `06 ${String(i)
          .padStart(8, '0')
          .replace(/(\d\d)(?=\d)/g, '$1 ')}`,
        `p${i}@exemple.fr`,
      ),
    );
    const manyKeys = buildSearchKeys(many);
    const started = performance.now();
    let found = 0;
    for (const query of ['l', 'le', 'lef', 'lefe', 'lefev', 'lefevr', 'lefevre', '06', '0600', '06000012']) {
      found = filterMembers(manyKeys, { ...all, query }).length;
    }
    const elapsed = performance.now() - started;
    expect(found).toBe(100);
    // Ten keystrokes over 10,000 members: far under a frame each on a laptop; generous for a loaded CI machine.
    expect(elapsed).toBeLessThan(500);
  });
});
