import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packClocks, packRow, parsePackedRow, unpackClocks } from '../../../../src/domain/rows/packed-clocks';

const clock = fc.constantFrom('001795901204688-00000-A', '001795901204688-00001-A', '001795901209999-00000-B');
const fieldName = fc.string({ minLength: 1, maxLength: 12 }).filter((name) => name !== '__proto__');

describe('packed clocks', () => {
  it('name each clock once, with every field it set', () => {
    const clocks = { firstName: 'c1', lastName: 'c1', phone: 'c1', notes: 'c2' };
    expect(packClocks(clocks)).toEqual({ c1: ['firstName', 'lastName', 'phone'], c2: ['notes'] });
  });

  it('unpack to the clocks they were packed from, whatever the fields and clocks', () => {
    fc.assert(
      fc.property(fc.dictionary(fieldName, clock), (clocks) => {
        expect(unpackClocks(packClocks(clocks))).toEqual(clocks);
      }),
    );
  });

  it('unpack no clocks to no clocks', () => {
    expect(unpackClocks(packClocks({}))).toEqual({});
  });

  it.each([
    ['nothing', undefined],
    ['a list', [['a']]],
    ['a clock with one field as text', { c1: 'firstName' }],
    ['a field that is not text', { c1: [3] }],
    ['a field under two clocks', { c1: ['firstName'], c2: ['firstName'] }],
    ['__proto__ as a field', { c1: ['__proto__'] }],
  ])('are refused when they are %s', (_, packed) => {
    expect(unpackClocks(packed)).toBeNull();
  });

  it('make the stored text of a row, read back as the same row', () => {
    const row = { id: 'm1', deleted: false, demo: false, clocks: { firstName: 'c1', deleted: 'c1' }, firstName: 'Awa' };
    const text = JSON.stringify(packRow(row));
    expect(JSON.parse(text)).toMatchObject({ clocks: { c1: ['firstName', 'deleted'] } });
    expect(parsePackedRow(text)).toEqual(row);
  });

  it('refuse stored text whose clocks are not packed', () => {
    expect(() => parsePackedRow(JSON.stringify({ id: 'm1', clocks: { firstName: 'c1' } }))).toThrow(/packed clocks/);
  });
});
