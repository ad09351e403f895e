import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { ProducersScreen } from '../../../../src/features/producers/producers-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { areaArgs, producerArgs } from '../../../factories/entities';

const buxerolles = areaArgs({ name: 'Buxerolles', kind: 'commune' });
const beaulieu = areaArgs({ name: 'Beaulieu', kind: 'quarter' });

beforeEach(async () => {
  await resetAppDb();
  await mutate('area.create', buxerolles);
  await mutate('area.create', beaulieu);
  await mutate(
    'producer.create',
    producerArgs({ name: 'Anne Miel', farm: 'Rucher', productKinds: ['honey'], organic: true, communeId: buxerolles.id }),
  );
  await mutate(
    'producer.create',
    producerArgs({
      name: 'Bruno Porc',
      farm: 'Ferme B',
      productKinds: ['pork', 'meat'],
      organic: false,
      salesStatus: 'diversifying',
      communeId: buxerolles.id,
    }),
  );
  await mutate(
    'producer.create',
    producerArgs({ name: 'Chloé Légumes', productKinds: ['vegetables', 'honey'], organic: false, communeId: beaulieu.id, demo: true }),
  );
});

async function shownNames(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Producteurs' });
  return within(list)
    .queryAllByRole('link')
    .map((link) => link.querySelector('strong')?.textContent ?? '');
}

describe('ProducersScreen', () => {
  it('lists producers with their farm, commune, products, organic badge, sales status and link', async () => {
    await renderScreen(<ProducersScreen />, { path: '/producers' });
    const link = await screen.findByRole('link', { name: /Bruno Porc/ });
    // The communes are a read of their own: the list may show before them.
    await waitFor(() => expect(link).toHaveTextContent('Ferme B · Buxerolles'));
    expect(link).toHaveTextContent('Porc, Viande');
    expect(link).toHaveTextContent('En diversification');
    expect(link).not.toHaveTextContent('Bio');
    expect(screen.getByRole('link', { name: /Anne Miel/ })).toHaveTextContent('Bio');
    expect(screen.getByRole('link', { name: /Anne Miel/ })).not.toHaveTextContent('démo');
    expect(screen.getByRole('link', { name: /Chloé Légumes/ })).toHaveTextContent('démo');
    expect(link.getAttribute('href')).toMatch(/^\/producers\/\w+$/);
    expect(screen.getByRole('link', { name: 'Nouveau producteur' })).toHaveAttribute('href', '/producers/new');
    await expect.poll(shownNames).toEqual(['Anne Miel', 'Bruno Porc', 'Chloé Légumes']);
  });

  it('filters by product kind, organic and area', async () => {
    const user = userEvent.setup();
    await renderScreen(<ProducersScreen />, { path: '/producers' });
    await expect.poll(shownNames).toHaveLength(3);

    await user.selectOptions(screen.getByLabelText('Type de produit'), 'Miel');
    expect(await shownNames()).toEqual(['Anne Miel', 'Chloé Légumes']);

    await user.selectOptions(screen.getByLabelText('Agriculture biologique'), 'Non bio seulement');
    expect(await shownNames()).toEqual(['Chloé Légumes']);

    await user.selectOptions(screen.getByLabelText('Type de produit'), 'Tous');
    await user.selectOptions(screen.getByLabelText('Commune ou quartier'), 'Buxerolles');
    expect(await shownNames()).toEqual(['Bruno Porc']);

    await user.selectOptions(screen.getByLabelText('Agriculture biologique'), 'Bio seulement');
    expect(await shownNames()).toEqual(['Anne Miel']);

    await user.selectOptions(screen.getByLabelText('Commune ou quartier'), 'Beaulieu');
    expect(await shownNames()).toEqual([]);
    expect(screen.getByText('Aucun producteur ne correspond à ces filtres.')).toBeInTheDocument();
  });

  it('on a producer’s phone, which holds other producers without their follow-up, shows no mobilisation step', async () => {
    await db.session.put({
      key: 'session',
      token: 'token',
      sessionId: 'session',
      user: { id: 'user', login: 'miel', name: 'Anne Miel', role: 'producer', producerId: null },
      signedInAt: '2026-04-01T08:00:00.000Z',
    });
    // As a producer's pull brings another producer: no phone, e-mail, notes nor mobilisation step.
    const { phone, email, notes, ...fellow } = producerArgs({ name: 'Denis Chèvre', productKinds: ['goatCheese'] });
    expect([phone, email, notes]).toEqual(['', '', '']);
    await db.producers.put({ ...fellow, demo: false, deleted: false, clocks: {} } as never);
    await renderScreen(<ProducersScreen />, { path: '/producers' });
    const link = await screen.findByRole('link', { name: /Denis Chèvre/ });
    expect(link).toHaveTextContent('Chèvre');
    await expect.poll(() => screen.queryByText(/Contacté/)).toBeNull();
    expect(screen.queryByLabelText('Mobilisation')).toBeNull();
  });
});
