import { describe, expect, it } from 'vitest';
import { pullResponse } from '../../../src/sync/protocol';

const row = { id: 'm1', deleted: false, demo: false, clocks: { firstName: '001-00000-a' }, firstName: 'Awa' };
const page = (changes: unknown[]) => ({ changes, cursor: 3, hasMore: false, remaining: 0, lastMutationId: 0, serverTime: 1 });

describe('a pulled page', () => {
  it('keeps each row as it came, fields included', () => {
    const parsed = pullResponse.parse(page([{ table: 'members', row }]));
    expect(parsed.changes[0]?.row).toEqual(row);
  });

  it.each([
    ['no id', { ...row, id: undefined }],
    ['a numeric id', { ...row, id: 7 }],
    ['no tombstone flag', { ...row, deleted: undefined }],
    ['a demo flag that is a string', { ...row, demo: 'no' }],
    ['no clocks', { ...row, clocks: undefined }],
    ['clocks as a list', { ...row, clocks: ['001-00000-a'] }],
    ['a clock that is not text', { ...row, clocks: { firstName: 1 } }],
    ['no row at all', null],
  ])('is refused when a row has %s', (_, bad) => {
    expect(pullResponse.safeParse(page([{ table: 'members', row }, { table: 'members', row: bad }])).success).toBe(false);
  });

  it('is refused when a row names an unknown table', () => {
    expect(pullResponse.safeParse(page([{ table: 'passwords', row }])).success).toBe(false);
  });
});
