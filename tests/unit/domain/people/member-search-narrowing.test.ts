import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchKeys,
  filterMembers,
  memberSearch,
  narrows,
  type MemberFilter,
  type SearchableMember,
} from '../../../../src/domain/people/member-search';

// Few letters and digits, accents, separators and the '+' of international numbers: queries that collide often.
const text = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'é', 'E', 'l', ' ', '0', '6', '3', '+', '.', '-'), maxLength });
const member = fc.record({
  id: fc.uuid(),
  firstName: text(6),
  lastName: text(6),
  phone: fc.constantFrom('', '+33 6 12 34 56 78', '06 33 00 06 60', '0044 20 7946 0958', '07.98.76.54.32'),
  email: fc.constantFrom('', 'ela@exemple.fr', 'e.l@ex.fr'),
  quarterId: fc.constantFrom(null, 'q1'),
});
const filter = (query: string): MemberFilter => ({ query, quarterId: null, memberIds: null });

describe('narrows', () => {
  it('holds only where every member the next query finds was found by the previous one', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 30 }), text(5), text(5), (members: SearchableMember[], before, after) => {
        fc.pre(narrows(before, after));
        const keys = buildSearchKeys(members);
        const previous = new Set(filterMembers(keys, filter(before)).map((m) => m.id));
        for (const found of filterMembers(keys, filter(after))) expect(previous.has(found.id)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('knows typing forward from a new search', () => {
    expect(narrows('mar', 'mart')).toBe(true);
    expect(narrows('martin', 'martin du')).toBe(true);
    expect(narrows('06 1', '06 12')).toBe(true);
    expect(narrows('', '0612')).toBe(true);
    expect(narrows('mart', 'mar')).toBe(false);
    expect(narrows('+3', '+33')).toBe(false);
    expect(narrows('elo', '0612')).toBe(false);
  });
});

describe('memberSearch', () => {
  it('finds at each keystroke what a whole scan finds, however the query changes', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 30 }), fc.array(text(5), { maxLength: 8 }), (members: SearchableMember[], queries) => {
        const keys = buildSearchKeys(members);
        const search = memberSearch(keys);
        for (const query of queries) expect(search(filter(query))).toEqual(filterMembers(keys, filter(query)));
      }),
      { numRuns: 1_000 },
    );
  });

  it('scans again when the quarter or the group changes', () => {
    const keys = buildSearchKeys([
      { id: 'a', firstName: 'Ana', quarterId: 'q1' },
      { id: 'b', firstName: 'Anaïs', quarterId: 'q2' },
    ]);
    const search = memberSearch(keys);
    expect(search({ query: 'an', quarterId: 'q1', memberIds: null }).map((m) => m.id)).toEqual(['a']);
    expect(search({ query: 'ana', quarterId: null, memberIds: null }).map((m) => m.id)).toEqual(['a', 'b']);
    expect(search({ query: 'anai', quarterId: null, memberIds: new Set(['b']) }).map((m) => m.id)).toEqual(['b']);
  });
});
