import { describe, expect, it } from 'vitest';
import { mergeWrite } from '../../../../src/domain/rows/merge';
import type { SyncedRow } from '../../../../src/domain/rows/rows';

const base: SyncedRow = { id: 'keep', deleted: false, demo: false, clocks: {}, mergedSignups: [] };
const write = (entries: object[]) => ({ table: 'members' as const, id: 'keep', fields: { mergedSignups: entries } });
const apply = (writes: [object[], string][]) => writes.reduce((row, [entries, hlc]) => mergeWrite(row, write(entries), hlc) ?? row, base);

describe('mergedSignups merges as a set', () => {
  const one: [object[], string] = [[{ memberId: 'a' }], '0001'];
  const two: [object[], string] = [[{ memberId: 'b' }], '0002'];
  const undoA: [object[], string] = [[{ memberId: 'a', undone: true }], '0003'];

  it('keeps every entry whatever the order, and a repeated write changes nothing', () => {
    const forward = apply([one, two, undoA]);
    const backward = apply([undoA, two, one]);
    expect(backward).toEqual(forward);
    expect(forward.mergedSignups).toEqual([
      { memberId: 'a', undone: true, at: '0003' },
      { memberId: 'b', at: '0002' },
    ]);
    expect(mergeWrite(forward, write(two[0]), two[1])).toBeNull();
  });

  it('leaves other fields last writer wins', () => {
    const newer = mergeWrite(base, { table: 'members', id: 'keep', fields: { notes: 'x' } }, '0002') ?? base;
    expect(mergeWrite(newer, { table: 'members', id: 'keep', fields: { notes: 'y' } }, '0001')).toBeNull();
  });
});
