import { describe, expect, it } from 'vitest';
import { mergeWrite, type RowWrite, type SyncedRow } from '../../../src/domain/rows';

const clock = (ms: number, node = 'A') => `${String(ms).padStart(15, '0')}-00000-${node}`;
const write = (fields: Record<string, unknown>): RowWrite => ({ table: 'members', id: 'm1', fields });

function applyAll(writes: [RowWrite, string][]): SyncedRow | undefined {
  let row: SyncedRow | undefined;
  for (const [w, hlc] of writes) row = mergeWrite(row, w, hlc) ?? row;
  return row;
}

describe('mergeWrite (last writer wins per field)', () => {
  it('keeps, per field, the value of the latest clock whatever the order of arrival', () => {
    const writes: [RowWrite, string][] = [
      [write({ firstName: 'Ana', phone: '0600000001' }), clock(1)],
      [write({ phone: '0600000002' }), clock(3, 'B')],
      [write({ firstName: 'Anna' }), clock(2, 'C')],
    ];
    const forward = applyAll(writes);
    const backward = applyAll([...writes].reverse());
    expect(forward).toMatchObject({ firstName: 'Anna', phone: '0600000002' });
    expect(backward).toEqual(forward);
  });

  it('changes nothing for an older or repeated write', () => {
    const row = mergeWrite(undefined, write({ firstName: 'Ana' }), clock(5)) as SyncedRow;
    expect(mergeWrite(row, write({ firstName: 'Old' }), clock(4))).toBeNull();
    expect(mergeWrite(row, write({ firstName: 'Ana' }), clock(5))).toBeNull();
  });

  it('keeps a tombstone when an older edit arrives late', () => {
    const created = mergeWrite(undefined, write({ firstName: 'Ana', deleted: false }), clock(1)) as SyncedRow;
    const deleted = mergeWrite(created, write({ deleted: true }), clock(3)) as SyncedRow;
    const late = mergeWrite(deleted, write({ firstName: 'Anne' }), clock(2)) as SyncedRow;
    expect(late.deleted).toBe(true);
    expect(late.firstName).toBe('Anne');
  });

  it('refuses writes to the row identity or clocks', () => {
    expect(() => mergeWrite(undefined, write({ id: 'other' }), clock(1))).toThrow();
  });
});
