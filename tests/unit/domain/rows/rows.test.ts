import { describe, expect, it } from 'vitest';
import { type RowWrite, type SyncedRow } from '../../../../src/domain/rows/rows';
import { mergeWrite } from '../../../../src/domain/rows/merge';

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
    expect(late.firstName).toBe('');
  });

  it('keeps a deleted member erased, whatever the order and clocks of an edit from another phone', () => {
    const signUp: [RowWrite, string] = [
      write({
        firstName: 'Ana',
        lastName: 'Diallo',
        phone: '0600000001',
        email: 'ana@exemple.fr',
        notes: 'Allergique',
        quarterId: 'q1',
        signupAt: '2026-06-20T15:00:00.000Z',
        deleted: false,
      }),
      clock(1),
    ];
    const remove: [RowWrite, string] = [write({ deleted: true }), clock(3)];
    // Made on a phone that had not seen the delete, with a later clock, and reaching the server first.
    const edit: [RowWrite, string] = [write({ phone: '0600000002', notes: 'Vient le samedi', householdSize: 2 }), clock(4, 'B')];
    const erased = {
      firstName: '',
      lastName: '',
      phone: '',
      email: '',
      notes: '',
      quarterId: 'q1',
      signupAt: '2026-06-20T15:00:00.000Z',
      householdSize: 2,
      deleted: true,
    };
    const inOrder = applyAll([signUp, remove, edit]);
    const editFirst = applyAll([signUp, edit, remove]);
    expect(inOrder).toMatchObject(erased);
    expect(editFirst).toEqual(inOrder);
  });

  it('erases only members: another deleted row keeps its fields', () => {
    const area = mergeWrite(undefined, { table: 'areas', id: 'a1', fields: { name: 'Beaulieu', deleted: true } }, clock(1));
    expect(area).toMatchObject({ name: 'Beaulieu', deleted: true });
  });

  it('refuses writes to the row identity or clocks', () => {
    expect(() => mergeWrite(undefined, write({ id: 'other' }), clock(1))).toThrow();
  });
});
