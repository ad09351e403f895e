import { describe, expect, it } from 'vitest';
import { packRow } from '../../../src/domain/rows/packed-clocks';
import { pullResponse } from '../../../src/sync/protocol';

const row = {
  id: 'm1',
  deleted: false,
  demo: false,
  clocks: { firstName: '001-00000-a', deleted: '001-00000-a', notes: '002-00000-b' },
  firstName: 'Awa',
  notes: '',
};
const sent = packRow(row);
const page = (changes: unknown[]) => ({ changes, cursor: 3, hasMore: false, remaining: 0, lastMutationId: 0, serverTime: 1 });

describe('a pulled page', () => {
  it('travels with each clock once, with the fields it set', () => {
    expect(sent.clocks).toEqual({ '001-00000-a': ['firstName', 'deleted'], '002-00000-b': ['notes'] });
  });

  it('gives each row as the device stores it: its fields, and a clock per field', () => {
    const parsed = pullResponse.parse(page([{ table: 'members', row: sent }]));
    expect(parsed.changes[0]?.row).toEqual(row);
  });

  it('leaves the answer it read as it was', () => {
    const answer = page([{ table: 'members', row: sent }]);
    const before = structuredClone(answer);
    pullResponse.parse(answer);
    expect(answer).toEqual(before);
  });

  it.each([
    ['no id', { ...sent, id: undefined }],
    ['a numeric id', { ...sent, id: 7 }],
    ['no tombstone flag', { ...sent, deleted: undefined }],
    ['a demo flag that is a string', { ...sent, demo: 'no' }],
    ['no clocks', { ...sent, clocks: undefined }],
    ['clocks as a list', { ...sent, clocks: ['001-00000-a'] }],
    ['a clock whose fields are not a list', { ...sent, clocks: { '001-00000-a': 'firstName' } }],
    ['a field that is not text', { ...sent, clocks: { '001-00000-a': [1] } }],
    ['a field under two clocks', { ...sent, clocks: { '001-00000-a': ['firstName'], '002-00000-b': ['firstName'] } }],
    ['clocks field by field (protocol 1)', row],
    ['no row at all', null],
  ])('is refused when a row has %s', (_, bad) => {
    expect(
      pullResponse.safeParse(
        page([
          { table: 'members', row: sent },
          { table: 'members', row: bad },
        ]),
      ).success,
    ).toBe(false);
  });

  it('is refused when a row names an unknown table', () => {
    expect(pullResponse.safeParse(page([{ table: 'passwords', row: sent }])).success).toBe(false);
  });
});
