/**
 * Basket numbers on a producer's phone: it holds only that producer's contracts (and members' initials), so the
 * sheet's numbers cannot be worked out there, and numbering its own baskets like the sheet named other baskets at
 * the table. There, the check-off and the distribution's page show the producer's own numbers, said to be its own.
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
const ownNumbersHint =
  'Ces numéros sont ceux de votre liste, pas ceux de la feuille d’émargement ni de la table : pour désigner un panier, donnez le nom du membre.';

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
  it('check-off: the producer’s own numbers, said to be its own, never « Panier N » the table would read as another basket', async () => {
    await asTheFarmsPhone();
    await openCheckoff();
    await expect.poll(rowTitles).toEqual(['Votre n° 1 Élodie D.', 'Votre n° 2 Élodie D.', 'Votre n° 3 Marc L.', 'Votre n° 4 Anne M.']);
    expect(screen.getByText(ownNumbersHint)).toBeInTheDocument();
  });

  it('check-off: a number typed finds the basket showing that number, and an absent member’s by the producer’s own number', async () => {
    await asTheFarmsPhone();
    expect(
      (await mutate('absence.declare', { distributionId: seed.distribution.id, memberId: seed.marc.id, proxyName: '', note: '' })).ok,
    ).toBe(true);
    const { user, search } = await openCheckoff();
    await user.type(search, '4');
    await expect.poll(rowTitles).toEqual(['Votre n° 4 Anne M.']);
    await user.clear(search);
    await user.type(search, '3');
    expect(await screen.findByText('Votre n° 3 — Marc L. : absent·e, pas de panier à remettre.')).toBeInTheDocument();
    expect(rowTitles()).toEqual([]);
  });

  it('check-off: the last-action line names the basket by the number shown', async () => {
    await asTheFarmsPhone();
    const { user } = await openCheckoff();
    await expect.poll(rowTitles).toHaveLength(4);
    await user.click(within(screen.getAllByTestId('basket-row')[3] as HTMLElement).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(() => screen.getByRole('status').textContent).toMatch(/^Votre n° 4, Anne M\. : Récupéré\./);
  });

  it('distribution’s page: the producer’s own numbers, said to be its own', async () => {
    await asTheFarmsPhone();
    await renderScreen(<DistributionDetailScreen id={seed.distribution.id} />, { path: `/distributions/${seed.distribution.id}` });
    expect(await detailNumbers()).toEqual(['Votre n° 1', 'Votre n° 2', 'Votre n° 3', 'Votre n° 4']);
    expect(screen.getByText(ownNumbersHint)).toBeInTheDocument();
    // A sheet printed from the farm's contracts alone would number other baskets than the table's.
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
    expect(screen.queryByText(ownNumbersHint)).toBeNull();
  });

  it('on a coordinator’s device, the distribution’s page keeps the sheet’s numbers', async () => {
    await signInAsCoordinator();
    await renderScreen(<DistributionDetailScreen id={seed.distribution.id} />, { path: `/distributions/${seed.distribution.id}` });
    expect(await detailNumbers()).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.queryByText(ownNumbersHint)).toBeNull();
    expect(screen.getByRole('link', { name: sheetLink })).toBeInTheDocument();
  });
});
