import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { InitiativeEditScreen } from '../../../../src/features/programme/initiative-edit-screen';
import { OutletEditScreen } from '../../../../src/features/programme/outlet-edit-screen';
import { OutletsScreen } from '../../../../src/features/programme/outlets-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { areaArgs, initiativeArgs, outletArgs, producerArgs } from '../../../factories/entities';

beforeEach(async () => {
  await resetAppDb();
});

describe('outlets', () => {
  it('refuses an outlet without a name, and saves nothing', async () => {
    const user = userEvent.setup();
    const { location } = await renderScreen(<OutletEditScreen id={null} />, { path: '/outlets/new' });
    await user.type(await screen.findByLabelText('Adresse'), '3 rue des Halles');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Le formulaire contient des erreurs');
    expect(screen.getByLabelText('Nom du commerce')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.outlets.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(location()).toBe('/outlets/new');
  });

  it('records a butcher with its suppliers, product kinds, quarter, initiative and start date', async () => {
    const user = userEvent.setup();
    const quarter = areaArgs({ name: 'Trois-Cités' });
    const pork = producerArgs({ name: 'Ferme du Porc Bleu', productKinds: ['pork'] });
    const poultry = producerArgs({ name: 'Volailles des Gâtines', productKinds: ['poultry'] });
    const other = producerArgs({ name: 'Maraîchage Dupont' });
    const meat = initiativeArgs({ name: 'Viande et boucherie' });
    await mutate('area.create', quarter);
    for (const producer of [pork, poultry, other]) await mutate('producer.create', producer);
    await mutate('initiative.create', meat);

    const { location } = await renderScreen(<OutletEditScreen id={null} />, { path: '/outlets/new' });
    await user.type(await screen.findByLabelText('Nom du commerce'), 'Boucherie Martin');
    await user.selectOptions(screen.getByLabelText('Quartier'), 'Trois-Cités');
    const kinds = screen.getByRole('group', { name: 'Produits locaux vendus' });
    await user.click(within(kinds).getByRole('button', { name: 'Porc' }));
    await user.click(within(kinds).getByRole('button', { name: 'Volaille' }));
    const suppliers = screen.getByRole('group', { name: 'Producteurs qui le fournissent' });
    await user.click(within(suppliers).getByRole('button', { name: 'Ferme du Porc Bleu' }));
    await user.click(within(suppliers).getByRole('button', { name: 'Volailles des Gâtines' }));
    await user.selectOptions(await screen.findByLabelText('Démarche d’approvisionnement'), 'Viande et boucherie');
    await user.type(screen.getByLabelText('S’approvisionne en local depuis le'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await expect.poll(() => location()).toBe('/outlets');
    const [saved] = await db.outlets.toArray();
    expect(saved).toMatchObject({
      name: 'Boucherie Martin',
      kind: 'butcher',
      quarterId: quarter.id,
      productKinds: ['pork', 'poultry'],
      initiativeId: meat.id,
      since: '2026-03-01',
      deleted: false,
    });
    expect(saved?.producerIds.slice().sort()).toEqual([pork.id, poultry.id].sort());
  });

  it('filters the list by kind and by quarter', async () => {
    const user = userEvent.setup();
    const north = areaArgs({ name: 'Nord' });
    const south = areaArgs({ name: 'Sud' });
    await mutate('area.create', north);
    await mutate('area.create', south);
    await mutate('outlet.create', outletArgs({ name: 'Boucherie Nord', kind: 'butcher', quarterId: north.id }));
    await mutate('outlet.create', outletArgs({ name: 'Boucherie Sud', kind: 'butcher', quarterId: south.id }));
    await mutate('outlet.create', outletArgs({ name: 'Épicerie solidaire du Sud', kind: 'solidarityGrocery', quarterId: south.id }));
    await renderScreen(<OutletsScreen />, { path: '/outlets' });
    const list = await screen.findByRole('list', { name: 'Commerces' });
    await expect.poll(() => within(list).queryAllByRole('link').length).toBe(3);

    await user.selectOptions(screen.getByLabelText('Type de commerce'), 'Boucherie');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.querySelector('strong')?.textContent),
    ).toEqual(['Boucherie Nord', 'Boucherie Sud']);
    await user.selectOptions(screen.getByLabelText('Quartier'), 'Sud');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.querySelector('strong')?.textContent),
    ).toEqual(['Boucherie Sud']);
    await user.selectOptions(screen.getByLabelText('Type de commerce'), 'Tous les types');
    expect(within(list).getAllByRole('link')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('2 commerces');
  });
});

describe('initiatives', () => {
  it('shows the outlets an initiative gathers', async () => {
    const meat = initiativeArgs({ name: 'Viande et boucherie' });
    await mutate('initiative.create', meat);
    await mutate('outlet.create', outletArgs({ name: 'Boucherie Martin', initiativeId: meat.id }));
    await mutate('outlet.create', outletArgs({ name: 'Boucherie des Halles', initiativeId: meat.id }));
    await mutate('outlet.create', outletArgs({ name: 'Boulangerie Paul', kind: 'bakery' }));
    await renderScreen(<InitiativeEditScreen id={meat.id} />, { path: `/initiatives/${meat.id}` });
    expect(await screen.findByRole('heading', { level: 2, name: 'Commerces rassemblés (2)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Boucherie Martin/ })).toBeInTheDocument();
    expect(screen.queryByText(/Boulangerie Paul/)).not.toBeInTheDocument();
  });

  it('refuses an initiative without a name, then creates one', async () => {
    const user = userEvent.setup();
    const { location } = await renderScreen(<InitiativeEditScreen id={null} />, { path: '/initiatives/new' });
    await user.click(await screen.findByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByLabelText('Nom de la démarche')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.initiatives.count()).toBe(0);
    await user.type(screen.getByLabelText('Nom de la démarche'), 'Pain au levain local');
    await user.click(screen.getByRole('button', { name: 'Pain' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(() => location()).toBe('/initiatives');
    expect(await db.initiatives.toArray()).toMatchObject([{ name: 'Pain au levain local', productKinds: ['bread'] }]);
  });
});
