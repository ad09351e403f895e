import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useRow } from '../../../../src/db/hooks/use-row';
import { mutate } from '../../../../src/db/mutators';
import { resetAppDb } from '../../../helpers/app-db';
import { producerArgs } from '../../../factories/entities';

beforeEach(async () => {
  await resetAppDb();
});

async function createProducer(name: string): Promise<string> {
  const args = producerArgs({ name });
  expect((await mutate('producer.create', args)).ok).toBe(true);
  return args.id;
}

describe('useRow', () => {
  it('answers the row, null for no id, an unknown id or a deleted row', async () => {
    const id = await createProducer('Ferme du Coteau');
    const known = renderHook(() => useRow('producers', id));
    await waitFor(() => expect(known.result.current?.name).toBe('Ferme du Coteau'));

    const none = renderHook(() => useRow('producers', null));
    const unknown = renderHook(() => useRow('producers', 'no-such-id'));
    await waitFor(() => expect(none.result.current).toBeNull());
    await waitFor(() => expect(unknown.result.current).toBeNull());

    expect((await mutate('producer.delete', { id })).ok).toBe(true);
    await waitFor(() => expect(known.result.current).toBeNull());
  });

  it("answers undefined for another id until that id's row is read, never the previous id's", async () => {
    const first = await createProducer('Ferme du Coteau');
    const second = await createProducer('Les Jardins de Lise');
    const { result, rerender } = renderHook(({ id }) => useRow('producers', id), { initialProps: { id: first } });
    await waitFor(() => expect(result.current?.name).toBe('Ferme du Coteau'));

    rerender({ id: second });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.name).toBe('Les Jardins de Lise'));

    rerender({ id: 'no-such-id' });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeNull());
  });
});
