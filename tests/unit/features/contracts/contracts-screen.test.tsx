import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mutate } from '../../../../src/db/mutators';
import { ContractsScreen } from '../../../../src/features/contracts/contracts-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { contractArgs, offerArgs, producerArgs, signUpArgs } from '../../../factories/entities';
import { contractWorld } from './contract-fixtures';
import { signInAsProducer } from '../../../factories/sessions';

beforeEach(async () => {
  await resetAppDb();
});

describe('ContractsScreen', () => {
  it('lists contracts with their figures and filters them', async () => {
    const world = await contractWorld();
    const baker = producerArgs({ name: 'Paul Fournil' });
    const bread = offerArgs(baker.id, { name: 'Pain de campagne', unit: 'loaf', defaultPriceCents: 450 });
    const other = signUpArgs({ firstName: 'Marc', lastName: 'Dupont' });
    await mutate('producer.create', baker);
    await mutate('offer.create', bread);
    await mutate('member.signUp', other);
    const refs = { memberId: world.member.id, groupId: world.group.id, offerId: world.offer.id };
    await mutate(
      'contract.create',
      contractArgs(refs, {
        startDate: '2026-04-01',
        endDate: '2099-09-30',
        deliveryDates: ['2026-04-07', '2026-04-14'],
        quantity: 2,
        size: 'large',
        pricePerDeliveryCents: 1550,
      }),
    );
    await mutate(
      'contract.create',
      contractArgs(
        { memberId: other.id, groupId: world.otherGroup.id, offerId: bread.id },
        {
          kind: 'oneOff',
          startDate: '2020-05-05',
          endDate: '2020-05-05',
          deliveryDates: ['2020-05-05'],
          quantity: 1,
          size: null,
          pricePerDeliveryCents: 450,
        },
      ),
    );
    const user = userEvent.setup();
    await renderScreen(<ContractsScreen />, { path: '/contracts' });

    const list = await screen.findByRole('list', { name: 'Contrats' });
    await expect.poll(() => within(list).queryAllByRole('listitem').length).toBe(2);
    const elodie = within(list).getByText('Élodie Rousseau').closest('li') as HTMLElement;
    const text = elodie.textContent?.replace(/\s/g, ' ') ?? '';
    for (const part of [
      'Panier de légumes',
      'Jeanne Sillon',
      'AMAP des Trois-Cités',
      '2 livraisons',
      '2 × panier',
      'Grand panier',
      '15,50 € par livraison',
      'total 31,00 €',
    ]) {
      expect(text).toContain(part);
    }

    await user.type(screen.getByLabelText('Membre (nom)'), 'dupont');
    await expect.poll(() => within(list).queryAllByRole('listitem').length).toBe(1);
    expect(within(list).getByText('Marc Dupont')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Membre (nom)'));

    await user.selectOptions(screen.getByLabelText('Saison'), 'En cours');
    await expect.poll(() => within(list).queryAllByRole('listitem').length).toBe(1);
    expect(within(list).getByText('Élodie Rousseau')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Saison'), 'Toutes');
    await user.selectOptions(screen.getByLabelText('Producteur'), 'Paul Fournil');
    await expect.poll(() => within(list).queryAllByRole('listitem').length).toBe(1);
    expect(within(list).getByText('Marc Dupont')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Groupe'), 'AMAP des Trois-Cités');
    expect(await screen.findByText('Aucun contrat ne correspond à ces filtres.')).toBeInTheDocument();
  });

  it('says when there is no contract yet', async () => {
    await renderScreen(<ContractsScreen />, { path: '/contracts' });
    expect(await screen.findByText('Aucun contrat pour l’instant.')).toBeInTheDocument();
  });

  it('offers « Nouveau contrat » to a coordinator’s device, not to a producer’s account, whose contract would be refused', async () => {
    await renderScreen(<ContractsScreen />, { path: '/contracts' });
    expect(await screen.findByRole('link', { name: 'Nouveau contrat' })).toBeInTheDocument();
    cleanup();
    await signInAsProducer();
    await renderScreen(<ContractsScreen />, { path: '/contracts' });
    expect(await screen.findByRole('link', { name: 'Offres des producteurs' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nouveau contrat' })).toBeNull();
  });
});
