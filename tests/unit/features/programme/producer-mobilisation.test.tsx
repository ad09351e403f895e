import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { ProducerEditScreen } from '../../../../src/features/producers/producer-edit-screen';
import { ProducersScreen } from '../../../../src/features/producers/producers-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { producerArgs } from '../../../factories/entities';

beforeEach(async () => {
  await resetAppDb();
});

describe('producer mobilisation step', () => {
  it('reads a missing step as contacted, and an edit of the step sends only that field', async () => {
    const user = userEvent.setup();
    const producer = producerArgs({ name: 'Paul Verger' });
    await mutate('producer.create', producer);
    expect((await db.producers.get(producer.id))?.mobilisation).toBeUndefined();
    const { location } = await renderScreen(<ProducerEditScreen id={producer.id} />, { path: `/producers/${producer.id}` });
    const step = await screen.findByLabelText('Mobilisation');
    expect(step).toHaveValue('contacted');
    await user.selectOptions(step, 'Vend dans un groupe');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await expect.poll(() => location()).toBe('/producers');
    const last = (await db.outbox.toArray()).at(-1);
    expect(last).toMatchObject({ name: 'producer.update', args: { id: producer.id, patch: { mobilisation: 'selling' } } });
    expect(Object.keys((last?.args as { patch: object }).patch)).toEqual(['mobilisation']);
    expect((await db.producers.get(producer.id))?.mobilisation).toBe('selling');
  });

  it('filters the directory by step, a missing step counting as contacted', async () => {
    const user = userEvent.setup();
    await mutate('producer.create', producerArgs({ name: 'Ancienne fiche' }));
    await mutate('producer.create', producerArgs({ name: 'Intéressée', mobilisation: 'interested' }));
    await mutate('producer.create', producerArgs({ name: 'Vendeuse', mobilisation: 'selling' }));
    await renderScreen(<ProducersScreen />, { path: '/producers' });
    const list = await screen.findByRole('list', { name: 'Producteurs' });
    await expect.poll(() => within(list).queryAllByRole('link').length).toBe(3);
    const names = () =>
      within(list)
        .getAllByRole('link')
        .map((link) => link.querySelector('strong')?.textContent);

    await user.selectOptions(screen.getByLabelText('Mobilisation'), 'Contacté·e');
    expect(names()).toEqual(['Ancienne fiche']);
    await user.selectOptions(screen.getByLabelText('Mobilisation'), 'Vend dans un groupe');
    expect(names()).toEqual(['Vendeuse']);
    expect(within(list).getByRole('link')).toHaveTextContent('Vend dans un groupe');
  });
});
