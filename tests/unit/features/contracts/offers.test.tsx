import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { OfferEditScreen } from '../../../../src/features/contracts/offer-edit-screen';
import { OffersScreen } from '../../../../src/features/contracts/offers-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { offerArgs, producerArgs } from '../../../factories/entities';

beforeEach(async () => {
  await resetAppDb();
});

describe('offers', () => {
  it('creates an offer with a price typed the French way', async () => {
    const producer = producerArgs({ name: 'Jeanne Sillon' });
    await mutate('producer.create', producer);
    const user = userEvent.setup();
    const { location } = await renderScreen(<OfferEditScreen id={null} />, { path: `/offers/new?producer=${producer.id}` });
    expect(await screen.findByLabelText('Producteur')).toHaveValue(producer.id);
    await user.type(screen.getByLabelText('Nom de l’offre'), ' Panier de légumes ');
    await user.selectOptions(screen.getByLabelText('Unité'), 'panier');
    await user.type(screen.getByLabelText('Prix par défaut'), '15,50');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await expect.poll(() => location()).toBe(`/offers?producer=${producer.id}`);
    expect(await db.offers.toArray()).toMatchObject([
      { producerId: producer.id, name: 'Panier de légumes', productKind: 'vegetables', unit: 'basket', defaultPriceCents: 1550 },
    ]);
  });

  it('refuses a price that is not one, or negative, and saves nothing', async () => {
    const producer = producerArgs();
    await mutate('producer.create', producer);
    const user = userEvent.setup();
    await renderScreen(<OfferEditScreen id={null} />, { path: `/offers/new?producer=${producer.id}` });
    await user.type(await screen.findByLabelText('Nom de l’offre'), 'Œufs');
    const price = screen.getByLabelText('Prix par défaut');
    for (const [typed, message] of [
      ['quinze', 'Ce prix n’est pas valable.'],
      ['-2', 'Un prix ne peut pas être négatif.'],
    ]) {
      await user.clear(price);
      await user.type(price, typed);
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      // The description starts with the price's hint, then the error.
      await waitFor(() => expect(price).toHaveAccessibleDescription(expect.stringContaining(message)));
    }
    expect(await db.offers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('lists offers by producer, edits the price only and deletes', async () => {
    const jeanne = producerArgs({ name: 'Jeanne Sillon' });
    const paul = producerArgs({ name: 'Paul Fournil' });
    const basket = offerArgs(jeanne.id, { name: 'Panier de légumes', defaultPriceCents: 1550 });
    await mutate('producer.create', jeanne);
    await mutate('producer.create', paul);
    await mutate('offer.create', basket);
    await mutate(
      'offer.create',
      offerArgs(paul.id, { name: 'Pain de campagne', unit: 'loaf', productKind: 'bread', defaultPriceCents: 450 }),
    );
    const user = userEvent.setup();
    const list = await renderScreen(<OffersScreen />, { path: `/offers?producer=${jeanne.id}` });
    const offers = await screen.findByRole('list', { name: 'Offres des producteurs' });
    expect(within(offers).getAllByRole('listitem')).toHaveLength(1);
    expect(offers.textContent?.replace(/\s/g, ' ')).toContain('15,50 € le panier');
    await user.selectOptions(screen.getByLabelText('Producteur'), 'Tous');
    await expect.poll(() => within(offers).queryAllByRole('listitem').length).toBe(2);
    list.unmount();

    const { location } = await renderScreen(<OfferEditScreen id={basket.id} />, { path: `/offers/${basket.id}` });
    const price = await screen.findByLabelText('Prix par défaut');
    expect(price).toHaveValue('15,50');
    await user.clear(price);
    await user.type(price, '16.00');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(() => location()).toBe(`/offers?producer=${jeanne.id}`);
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({
      name: 'offer.update',
      args: { id: basket.id, patch: { defaultPriceCents: 1600 } },
    });
    expect(Object.keys(((await db.outbox.toArray()).at(-1)?.args as { patch: object }).patch)).toEqual(['defaultPriceCents']);
  });

  it('deletes an offer after confirmation', async () => {
    const producer = producerArgs();
    const basket = offerArgs(producer.id);
    await mutate('producer.create', producer);
    await mutate('offer.create', basket);
    const user = userEvent.setup();
    const { location } = await renderScreen(<OfferEditScreen id={basket.id} />, { path: `/offers/${basket.id}` });
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
    await expect.poll(() => location()).toBe('/offers');
    expect((await db.offers.get(basket.id))?.deleted).toBe(true);
  });
});
