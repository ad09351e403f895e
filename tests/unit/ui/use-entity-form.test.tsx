import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useEntityForm, type EntityFormSpec } from '../../../src/ui/use-entity-form';

interface Row {
  id: string;
  name: string;
  price: number;
}
interface Values {
  name: string;
  price: string;
}
type Fields = Omit<Row, 'id'>;

function spec(overrides: Partial<EntityFormSpec<Row, Values, Fields>> = {}) {
  return {
    empty: { name: '', price: '' },
    valuesOf: (row: Row) => ({ name: row.name, price: String(row.price) }),
    fieldsOf: (values: Values) =>
      /^\d+$/.test(values.price)
        ? { name: values.name.trim(), price: Number(values.price) }
        : { refused: [{ path: 'price', message: 'validation.priceInvalid' }] },
    create: vi.fn(async () => ({ ok: true as const })),
    update: vi.fn(async () => ({ ok: true as const })),
    ...overrides,
  };
}

const row: Row = { id: 'r1', name: 'Panier', price: 12 };

describe('useEntityForm', () => {
  it('sends only the fields changed since the form opened, so another phone’s edit of the others is kept', async () => {
    const s = spec();
    const onSaved = vi.fn();
    const { result } = renderHook(() => useEntityForm(s, row, onSaved));
    act(() => result.current.set('price', '15'));
    await act(() => result.current.save());
    expect(s.update).toHaveBeenCalledWith('r1', { price: 15 });
    expect(onSaved).toHaveBeenCalledWith('r1');
  });

  it('sends nothing for an edit that changed nothing, and still closes', async () => {
    const s = spec();
    const onSaved = vi.fn();
    const { result } = renderHook(() => useEntityForm(s, row, onSaved));
    act(() => result.current.set('name', ' Panier '));
    await act(() => result.current.save());
    expect(s.update).not.toHaveBeenCalled();
    expect(onSaved).toHaveBeenCalledWith('r1');
  });

  it('shows what stops the form on its field, under the edit’s path too, and sends nothing', async () => {
    const s = spec();
    const onSaved = vi.fn();
    const { result } = renderHook(() => useEntityForm(s, row, onSaved));
    act(() => result.current.set('price', 'douze'));
    await act(() => result.current.save());
    expect(result.current.errors?.fields).toEqual({ price: 'validation.priceInvalid' });
    expect(s.update).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('creates with a fresh id and starts afresh; a refused create keeps what was typed', async () => {
    const create = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, issues: [{ path: 'name', message: 'validation.required' }] })
      .mockResolvedValue({ ok: true });
    const s = spec({ create });
    const onSaved = vi.fn();
    const { result } = renderHook(() => useEntityForm(s, null, onSaved));
    act(() => result.current.update({ name: 'Œufs', price: '3' }));
    await act(() => result.current.save());
    expect(result.current.errors?.fields).toEqual({ name: 'validation.required' });
    expect(result.current.values).toEqual({ name: 'Œufs', price: '3' });
    await act(() => result.current.save());
    const [id, fields] = create.mock.calls[1] as [string, unknown];
    expect(id).toMatch(/^[0-9A-Z]{26}$/);
    expect(fields).toEqual({ name: 'Œufs', price: 3 });
    expect(onSaved).toHaveBeenCalledWith(id);
    expect(result.current.values).toEqual({ name: '', price: '' });
  });

  it('measures an edit against the row’s own fields when the form says how', async () => {
    // Read back from its text, 12 would be "12" → 12 anyway; a form whose text loses precision (prices) says how.
    const s = spec({ fieldsOfRow: (stored) => ({ name: stored.name, price: stored.price + 1 }) });
    const { result } = renderHook(() => useEntityForm(s, row, vi.fn()));
    await act(() => result.current.save());
    expect(s.update).toHaveBeenCalledWith('r1', { price: 12 });
  });
});
