import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { ContractEditScreen } from '../../../../src/features/contracts/contract-edit-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { contractArgs, distributionArgs } from '../../../factories/entities';
import { contractWorld, counts } from './contract-fixtures';

type World = Awaited<ReturnType<typeof contractWorld>>;
let world: World;

beforeEach(async () => {
  await resetAppDb();
  world = await contractWorld();
});

const setDate = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** Opens the new-contract form and fills a weekly season from 7 to 28 April 2026 for Élodie. */
async function fillSeason() {
  const user = userEvent.setup();
  const rendered = await renderScreen(<ContractEditScreen id={null} />, { path: '/contracts/new' });
  await user.type(await screen.findByLabelText('Chercher un membre'), 'elo');
  await user.selectOptions(screen.getByLabelText('Membre'), world.member.id);
  // The member's group comes first, under its own heading.
  const memberGroups = await screen.findByRole('group', { name: 'Groupes du membre' });
  expect(memberGroups).toHaveTextContent('AMAP des Trois-Cités');
  await user.selectOptions(screen.getByLabelText('Groupe'), world.group.id);
  await user.selectOptions(screen.getByLabelText('Offre'), world.offer.id);
  expect(screen.getByLabelText('Prix par livraison')).toHaveValue('15,50');
  setDate('Début de la saison', '2026-04-07');
  setDate('Fin de la saison', '2026-04-28');
  return { user, ...rendered };
}

async function save(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
}

describe('ContractEditScreen — new season contract', () => {
  it('generates weekly dates, lets one be unticked and another added, and saves the contract', async () => {
    const { user, location } = await fillSeason();
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    expect(screen.getByRole('group', { name: 'Dates de livraison (4 cochées)' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /14 avr/ }));
    setDate('Ajouter une date', '2026-04-10');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByRole('checkbox', { name: /10 avr/ })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(/4 livraisons, total de la saison : 62,00\s€/);
    await user.selectOptions(screen.getByLabelText('Taille du panier'), 'Grand panier');
    await save(user);

    await expect.poll(() => location()).toBe('/contracts');
    const [saved] = await db.contracts.toArray();
    expect(saved).toMatchObject({
      memberId: world.member.id,
      groupId: world.group.id,
      offerId: world.offer.id,
      producerId: world.producer.id,
      kind: 'season',
      startDate: '2026-04-07',
      endDate: '2026-04-28',
      deliveryDates: ['2026-04-07', '2026-04-10', '2026-04-21', '2026-04-28'],
      quantity: 1,
      size: 'large',
      pricePerDeliveryCents: 1550,
    });
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ name: 'contract.create' });
  });

  it('refuses a season ending before it starts, and saves nothing', async () => {
    const { user, location } = await fillSeason();
    setDate('Ajouter une date', '2026-04-07');
    setDate('Fin de la saison', '2026-03-01');
    const before = await counts();
    await save(user);

    const end = await screen.findByLabelText('Fin de la saison');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
    expect(end).toHaveAccessibleDescription('La fin doit venir après le début.');
    expect(await counts()).toEqual(before);
    expect(location()).toBe('/contracts/new');
  });

  it('says a negative price is refused on its field as it is typed, with no negative total, even for no date', async () => {
    const { user } = await fillSeason();
    for (const box of await screen.findAllByRole('checkbox')) await user.click(box);
    const price = screen.getByLabelText('Prix par livraison');
    await user.clear(price);
    await user.type(price, '-5');
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(price).toHaveAccessibleDescription(expect.stringContaining('Un prix ne peut pas être négatif.'));
    expect(screen.queryByText(/total/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(price);
    await user.type(price, '-0');
    expect(price).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent(/^0 livraison, total : 0,00\s€$/);
  });

  it('refuses a season with every date unticked', async () => {
    const { user } = await fillSeason();
    for (const box of await screen.findAllByRole('checkbox')) await user.click(box);
    const before = await counts();
    await save(user);

    const dates = await screen.findByRole('group', { name: 'Dates de livraison (0 cochée)' });
    expect(await screen.findByText('Il faut au moins une date de livraison.')).toBeInTheDocument();
    expect(dates).toHaveAccessibleDescription('Il faut au moins une date de livraison.');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['Quantité', '-2', 'La quantité doit être un nombre plus grand que zéro.'],
    ['Prix par livraison', '-15,50', 'Un prix ne peut pas être négatif.'],
    ['Prix par livraison', 'gratuit', 'Ce prix n’est pas valable.'],
  ])('refuses %s = %j with its error', async (label, value, message) => {
    const { user } = await fillSeason();
    const input = screen.getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
    const before = await counts();
    await save(user);

    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    // The price's description starts with its hint.
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(await screen.findByRole('alert')).toHaveTextContent('Le formulaire contient des erreurs');
    expect(await counts()).toEqual(before);
  });
});

describe('ContractEditScreen — one-off order', () => {
  it('orders for one of the group’s coming distributions', async () => {
    const distribution = distributionArgs(world.group.id, { date: '2099-05-05', place: 'Maison des Trois-Cités' });
    await mutate('distribution.create', distribution);
    await mutate('distribution.create', distributionArgs(world.group.id, { date: '2020-05-05' }));
    const user = userEvent.setup();
    const { location } = await renderScreen(<ContractEditScreen id={null} />, { path: '/contracts/new' });
    await user.selectOptions(await screen.findByLabelText('Membre'), world.member.id);
    await user.selectOptions(screen.getByLabelText('Groupe'), world.group.id);
    await user.selectOptions(screen.getByLabelText('Offre'), world.offer.id);
    await user.click(screen.getByLabelText('Commande ponctuelle'));
    const select = await screen.findByLabelText('Distribution');
    // Past distributions are not offered.
    expect(select.querySelectorAll('option[value="2020-05-05"]')).toHaveLength(0);
    await user.selectOptions(select, '2099-05-05');
    await save(user);

    await expect.poll(() => location()).toBe('/contracts');
    expect(await db.contracts.toArray()).toMatchObject([
      { kind: 'oneOff', startDate: '2099-05-05', endDate: '2099-05-05', deliveryDates: ['2099-05-05'], pricePerDeliveryCents: 1550 },
    ]);
  });

  it('asks for the date when none is chosen', async () => {
    const user = userEvent.setup();
    await renderScreen(<ContractEditScreen id={null} />, { path: '/contracts/new' });
    await user.selectOptions(await screen.findByLabelText('Membre'), world.member.id);
    await user.selectOptions(screen.getByLabelText('Groupe'), world.otherGroup.id);
    await user.selectOptions(screen.getByLabelText('Offre'), world.offer.id);
    await user.click(screen.getByLabelText('Commande ponctuelle'));
    await save(user);

    const date = await screen.findByLabelText('Date de la commande');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await db.contracts.count()).toBe(0);
  });
});

describe('ContractEditScreen — edit and delete', () => {
  async function stored() {
    const args = contractArgs(
      { memberId: world.member.id, groupId: world.group.id, offerId: world.offer.id },
      {
        startDate: '2026-04-07',
        endDate: '2026-04-28',
        deliveryDates: ['2026-04-07', '2026-04-21'],
        quantity: 1,
        pricePerDeliveryCents: 1500,
      },
    );
    expect(await mutate('contract.create', args)).toMatchObject({ ok: true });
    return args;
  }

  it('shows the stored dates ticked and sends only the changed fields', async () => {
    const contract = await stored();
    const user = userEvent.setup();
    const { location } = await renderScreen(<ContractEditScreen id={contract.id} />, { path: `/contracts/${contract.id}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Contrat de Élodie Rousseau' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /7 avr/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /14 avr/ })).not.toBeChecked();
    expect(screen.getByLabelText('Prix par livraison')).toHaveValue('15,00');
    const quantity = screen.getByLabelText('Quantité');
    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.click(screen.getByRole('checkbox', { name: /14 avr/ }));
    await save(user);

    await expect.poll(() => location()).toBe('/contracts');
    expect(await db.contracts.get(contract.id)).toMatchObject({ quantity: 2, deliveryDates: ['2026-04-07', '2026-04-14', '2026-04-21'] });
    const last = (await db.outbox.toArray()).at(-1);
    expect(last).toMatchObject({ name: 'contract.update', args: { id: contract.id } });
    expect(Object.keys((last?.args as { patch: object }).patch).sort()).toEqual(['deliveryDates', 'quantity']);
  });

  it('shows an edit’s refusal on its field and keeps the stored row', async () => {
    const contract = await stored();
    const user = userEvent.setup();
    await renderScreen(<ContractEditScreen id={contract.id} />, { path: `/contracts/${contract.id}` });
    const price = await screen.findByLabelText('Prix par livraison');
    await user.clear(price);
    await user.type(price, '-1');
    const before = await counts();
    await save(user);

    await expect.poll(() => price.getAttribute('aria-invalid')).toBe('true');
    expect(price).toHaveAccessibleDescription(expect.stringContaining('Un prix ne peut pas être négatif.'));
    expect(await counts()).toEqual(before);
    expect((await db.contracts.get(contract.id))?.pricePerDeliveryCents).toBe(1500);
  });

  it('deletes after confirmation', async () => {
    const contract = await stored();
    const user = userEvent.setup();
    const { location } = await renderScreen(<ContractEditScreen id={contract.id} />, { path: `/contracts/${contract.id}` });
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    expect(screen.getByText('Supprimer le contrat de Élodie Rousseau ?')).toBeInTheDocument();
    expect((await db.contracts.get(contract.id))?.deleted).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));

    await expect.poll(() => location()).toBe('/contracts');
    expect((await db.contracts.get(contract.id))?.deleted).toBe(true);
  });

  it('says so for an unknown contract', async () => {
    await renderScreen(<ContractEditScreen id="nope" />, { path: '/contracts/nope' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce contrat n’existe pas');
  });
});
