/**
 * Basket numbers on a producer's phone: it holds only that producer's contracts (and members' initials), so the
 * sheet's numbers cannot be worked out there. They are stored on the distribution by a device holding the whole day
 * when it lists it, and the producer's phone shows those, the same as the sheet's and the table's.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { readDistributionSetting } from '../../../../src/db/distribution-reads';
import { CheckoffScreen } from '../../../../src/features/checkoff/checkoff-screen';
import { DistributionDetailScreen } from '../../../../src/features/distributions/distribution-detail-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { signInAsCoordinator, signInAsProducer } from '../../../factories/sessions';
import { seedDistribution } from './distribution-fixture';

let seed: Awaited<ReturnType<typeof seedDistribution>>;

beforeEach(async () => {
  await resetAppDb();
  seed = await seedDistribution();
});

/** What the farm's phone holds after a sync: its own contracts, and each member's first name and initial. */
async function asTheFarmsPhone() {
  await db.contracts.delete(seed.contracts.marcBread.id);
  for (const [member, initial] of [
    [seed.elodie, 'D.'],
    [seed.marc, 'L.'],
    [seed.anne, 'M.'],
  ] as const)
    await db.members.update(member.id, { lastName: initial });
  await signInAsProducer(seed.farm.id);
}

const rowTitles = () => screen.queryAllByTestId('basket-row').map((row) => row.querySelector('.basket-title')?.textContent ?? '');
const sheetLink = 'Feuille à imprimer';
const unnumberedHint = /Les numéros de panier sont ceux de la feuille d’émargement/;

async function openCheckoff() {
  const user = userEvent.setup();
  await renderScreen(<CheckoffScreen id={seed.distribution.id} />, { path: `/distributions/${seed.distribution.id}/checkoff` });
  return { user, search: await screen.findByLabelText('Nom ou numéro de panier') };
}

const detailNumbers = async () =>
  within(await screen.findByRole('list', { name: 'Paniers prévus' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.basket-number')?.textContent);

describe('basket numbers on a producer’s phone', () => {
  /** A coordinator's device lists the day (its page), which stores its numbers; the farm's phone then syncs them. */
  async function numberedByTheCoordinator(): Promise<number> {
    await signInAsCoordinator();
    const view = await renderScreen(<DistributionDetailScreen id={seed.distribution.id} />, {
      path: `/distributions/${seed.distribution.id}`,
    });
    expect(await detailNumbers()).toEqual(['1', '2', '3', '4', '5']);
    await expect.poll(async () => (await db.distributions.get(seed.distribution.id))?.basketNumbers).toBeDefined();
    view.unmount();
    return (await db.distributions.get(seed.distribution.id))?.basketNumbers?.[seed.contracts.marcVegetables.id] ?? 0;
  }

  it('check-off: the sheet’s numbers, from its own contracts and initials; a number typed finds that basket, an absent one too', async () => {
    const marc = await numberedByTheCoordinator();
    await asTheFarmsPhone();
    const { user, search } = await openCheckoff();
    await expect.poll(rowTitles).toEqual(['Panier 1 Élodie D.', 'Panier 2 Élodie D.', `Panier ${marc} Marc L.`, 'Panier 5 Anne M.']);
    await user.type(search, '5');
    await expect.poll(rowTitles).toEqual(['Panier 5 Anne M.']);
    expect(
      (await mutate('absence.declare', { distributionId: seed.distribution.id, memberId: seed.marc.id, proxyName: '', note: '' })).ok,
    ).toBe(true);
    await user.clear(search);
    await user.type(search, String(marc));
    expect(await screen.findByText(`Panier ${marc} — Marc L. : absent·e, pas de panier à remettre.`)).toBeInTheDocument();
  });

  it('before anyone holding the whole day listed it: no number of its own, said so, and nothing stored from the phone', async () => {
    await asTheFarmsPhone();
    await openCheckoff();
    await expect
      .poll(rowTitles)
      .toEqual(['Panier (sans n°) Élodie D.', 'Panier (sans n°) Élodie D.', 'Panier (sans n°) Marc L.', 'Panier (sans n°) Anne M.']);
    expect(screen.getByText(/Les numéros de panier sont ceux de la feuille d’émargement/)).toBeInTheDocument();
    expect((await db.distributions.get(seed.distribution.id))?.basketNumbers).toBeUndefined();
  });

  it('distribution’s page: the stored numbers, and no sheet (a sheet of the farm’s baskets alone would not be the table’s)', async () => {
    const marc = await numberedByTheCoordinator();
    await asTheFarmsPhone();
    await renderScreen(<DistributionDetailScreen id={seed.distribution.id} />, { path: `/distributions/${seed.distribution.id}` });
    expect(await detailNumbers()).toEqual(['1', '2', String(marc), '5']);
    expect(screen.queryByRole('link', { name: sheetLink })).toBeNull();
  });

  it('whose numbers to show comes with the day’s rows, in their one read: a check-off opened cold, whose rows its worker read, waits on no read of its own', async () => {
    await asTheFarmsPhone();
    expect((await readDistributionSetting(db, seed.distribution.id))?.ownProducerId).toBe(seed.farm.id);
    await signInAsCoordinator();
    expect((await readDistributionSetting(db, seed.distribution.id))?.ownProducerId).toBeNull();
  });

  it('on a coordinator’s device, the sheet’s numbers as before, with no such hint', async () => {
    await signInAsCoordinator();
    await openCheckoff();
    await expect
      .poll(rowTitles)
      .toEqual([
        'Panier 1 Élodie Durand',
        'Panier 2 Élodie Durand',
        'Panier 3 Marc Lefèvre',
        'Panier 4 Marc Lefèvre',
        'Panier 5 Anne Martin',
      ]);
    expect(screen.queryByText(unnumberedHint)).toBeNull();
  });

  it('on a coordinator’s device, the distribution’s page keeps the sheet’s numbers', async () => {
    await signInAsCoordinator();
    await renderScreen(<DistributionDetailScreen id={seed.distribution.id} />, { path: `/distributions/${seed.distribution.id}` });
    expect(await detailNumbers()).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.queryByText(unnumberedHint)).toBeNull();
    expect(screen.getByRole('link', { name: sheetLink })).toBeInTheDocument();
  });
});
