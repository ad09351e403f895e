import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { ProducerEditScreen } from '../../../../src/features/producers/producer-edit-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { areaArgs, producerArgs } from '../../../factories/entities';

beforeEach(async () => {
  await resetAppDb();
});

describe('ProducerEditScreen — create', () => {
  it('shows field errors and saves nothing without a product kind or with a malformed phone', async () => {
    const user = userEvent.setup();
    const { location } = await renderScreen(<ProducerEditScreen id={null} />, { path: '/producers/new' });
    await user.type(await screen.findByLabelText('Nom du producteur ou de la productrice'), 'Jeanne Test');
    await user.type(screen.getByLabelText('Téléphone'), '06 12');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Le formulaire contient des erreurs');
    const phone = screen.getByLabelText('Téléphone');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(/Ce numéro de téléphone n’en est pas un/);
    const kinds = screen.getByRole('group', { name: 'Produits (au moins un)' });
    expect(kinds).toHaveAccessibleDescription('Choisissez au moins un type de produit.');
    expect(await db.producers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(location()).toBe('/producers/new');
  });

  it('saves trimmed values and goes back to the list', async () => {
    const user = userEvent.setup();
    const commune = areaArgs({ name: 'Buxerolles', kind: 'commune' });
    await mutate('area.create', commune);
    const { location } = await renderScreen(<ProducerEditScreen id={null} />, { path: '/producers/new' });
    await user.type(await screen.findByLabelText('Nom du producteur ou de la productrice'), '  Jeanne Sillon  ');
    await user.type(screen.getByLabelText('Ferme'), ' Les Jardins ');
    await user.selectOptions(screen.getByLabelText('Commune'), 'Buxerolles');
    const honey = screen.getByRole('button', { name: 'Miel' });
    await user.click(honey);
    expect(honey).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Œufs' }));
    await user.click(screen.getByLabelText('En agriculture biologique'));
    await user.selectOptions(screen.getByLabelText('Vente'), 'En installation');
    await user.type(screen.getByLabelText('Téléphone'), ' 06 12 34 56 78 ');
    await user.type(screen.getByLabelText('E-mail'), ' jeanne@exemple.fr ');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await expect.poll(() => location()).toBe('/producers');
    const [saved] = await db.producers.toArray();
    expect(saved).toMatchObject({
      name: 'Jeanne Sillon',
      farm: 'Les Jardins',
      communeId: commune.id,
      productKinds: ['eggs', 'honey'],
      organic: true,
      salesStatus: 'settingUp',
      phone: '+33612345678',
      email: 'jeanne@exemple.fr',
      notes: '',
      demo: false,
      deleted: false,
    });
  });
});

describe('ProducerEditScreen — edit', () => {
  it('changes only the edited fields', async () => {
    const user = userEvent.setup();
    const producer = producerArgs({ name: 'Paul Verger', productKinds: ['fruit'], phone: '06 11 22 33 44' });
    await mutate('producer.create', producer);
    const { location } = await renderScreen(<ProducerEditScreen id={producer.id} />, { path: `/producers/${producer.id}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Modifier Paul Verger' })).toBeInTheDocument();
    const farm = screen.getByLabelText('Ferme');
    expect(farm).toHaveValue(producer.farm);
    await user.clear(farm);
    await user.type(farm, 'Vergers du Clain');
    await user.click(screen.getByRole('button', { name: 'Pain' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await expect.poll(() => location()).toBe('/producers');
    expect(await db.producers.get(producer.id)).toMatchObject({
      name: 'Paul Verger',
      farm: 'Vergers du Clain',
      productKinds: ['fruit', 'bread'],
    });
    const last = (await db.outbox.toArray()).at(-1);
    expect(last).toMatchObject({
      name: 'producer.update',
      args: { id: producer.id, patch: { farm: 'Vergers du Clain', productKinds: ['fruit', 'bread'] } },
    });
    expect(Object.keys((last?.args as { patch: object }).patch).sort()).toEqual(['farm', 'productKinds']);
  });

  it('shows update errors on the fields (patch.* paths) and keeps the stored row', async () => {
    const user = userEvent.setup();
    const producer = producerArgs({ productKinds: ['fruit'] });
    await mutate('producer.create', producer);
    await renderScreen(<ProducerEditScreen id={producer.id} />, { path: `/producers/${producer.id}` });
    await user.click(await screen.findByRole('button', { name: 'Fruits' }));
    await user.type(screen.getByLabelText('E-mail'), 'pas-un-mail');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByLabelText('E-mail')).toHaveAccessibleDescription(/adresse e-mail est mal formée/);
    expect(screen.getByText('Choisissez au moins un type de produit.')).toBeInTheDocument();
    expect(await db.producers.get(producer.id)).toMatchObject({ productKinds: ['fruit'], email: '' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('says so for an unknown id', async () => {
    await renderScreen(<ProducerEditScreen id="nope" />, { path: '/producers/nope' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ce producteur n’existe pas');
    expect(within(document.body).queryByRole('button', { name: 'Enregistrer' })).toBeNull();
  });
});
