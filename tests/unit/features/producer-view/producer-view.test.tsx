import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db, type SessionRecord } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { joinId } from '../../../../src/domain/rows/ids';
import { unnumberedContracts } from '../../../../src/domain/distribution/baskets';
import { ProducerDistributionScreen } from '../../../../src/features/producer-view/producer-distribution-screen';
import { ProducerHomeScreen } from '../../../../src/features/producer-view/producer-home-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { distributionArgs, groupArgs } from '../../../factories/entities';
import { seedDistribution } from '../checkoff/distribution-fixture';

let seed: Awaited<ReturnType<typeof seedDistribution>>;

async function signIn(role: SessionRecord['user']['role'], producerId: string | null) {
  await db.session.put({
    key: 'session',
    token: 'token',
    sessionId: 'session',
    user: { id: 'user', login: 'ferme', name: 'Ferme du Clain', role, producerId },
    signedInAt: '2026-04-01T08:00:00.000Z',
  });
}

beforeEach(async () => {
  await resetAppDb();
  seed = await seedDistribution();
});

const handOverRows = () => screen.queryAllByTestId('handover-row');
function handOverRow(index: number): HTMLElement {
  const found = handOverRows()[index];
  if (!found) throw new Error(`no row ${index}`);
  return found;
}

/** What a device holding the whole day stores when it lists it: the sheet's numbers, by name. */
async function numberTheDay() {
  const distribution = await db.distributions.get(seed.distribution.id);
  const contracts = await db.contracts.toArray();
  const members = await db.members.toArray();
  const names = new Map(members.map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }]));
  if (!distribution) throw new Error('no distribution');
  const contractIds = unnumberedContracts(distribution, contracts, names);
  expect((await mutate('distribution.numberBaskets', { distributionId: distribution.id, contractIds })).ok).toBe(true);
}

const numberOf = async (contractId: string) => (await db.distributions.get(seed.distribution.id))?.basketNumbers?.[contractId];

async function openDay() {
  const user = userEvent.setup();
  const view = await renderScreen(<ProducerDistributionScreen distributionId={seed.distribution.id} />, {
    path: `/producer/${seed.distribution.id}`,
  });
  await expect.poll(handOverRows).toHaveLength(4);
  return { user, view };
}

describe('ProducerHomeScreen', () => {
  it("lists the signed-in producer's distributions only, with links to each", async () => {
    await signIn('producer', seed.farm.id);
    // Another group's distribution, where the farm has no contract: not theirs.
    const other = groupArgs({ name: 'Groupement de Beaulieu' });
    expect((await mutate('group.create', other)).ok).toBe(true);
    expect((await mutate('distribution.create', distributionArgs(other.id, { date: '2026-04-07' }))).ok).toBe(true);
    // Same group, a date with no delivery of their contracts.
    expect((await mutate('distribution.create', distributionArgs(seed.group.id, { date: '2026-05-05' }))).ok).toBe(true);

    await renderScreen(<ProducerHomeScreen />, { path: '/producer' });
    const link = await screen.findByRole('link', { name: /mardi 7 avril, 18:00–19:30/ });
    expect(link).toHaveAttribute('href', `/producer/${seed.distribution.id}`);
    expect(link).toHaveTextContent('AMAP des Couronneries');
    expect(screen.getAllByRole('link', { name: /avril|mai/ })).toHaveLength(1);
  });

  it('asks to sign in with a producer account otherwise', async () => {
    await signIn('coordinator', null);
    await renderScreen(<ProducerHomeScreen />, { path: '/producer' });
    expect(await screen.findByText('Connectez-vous avec un compte producteur pour voir vos distributions.')).toBeInTheDocument();
  });
});

describe('ProducerDistributionScreen', () => {
  it("shows the totals to bring of the producer's own contracts", async () => {
    await signIn('producer', seed.farm.id);
    await openDay();
    const totals = within(screen.getByTestId('totals'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // Baskets sold by the basket are counted once; kilos say how many baskets they make up.
    expect(totals).toEqual(['Panier de légumes, moyen : 3 paniers', 'Pommes : 2 kg (1 panier)']);
    expect(screen.queryByText(/Pain au levain/)).toBeNull();
  });

  it('shows members as first name and initial only: no last name, phone or e-mail in the page', async () => {
    await numberTheDay();
    await signIn('producer', seed.farm.id);
    const { view } = await openDay();
    const names = handOverRows().map((row) => row.querySelector('p')?.textContent);
    expect(names).toEqual([
      'Panier 1 Élodie D.',
      'Panier 2 Élodie D.',
      `Panier ${await numberOf(seed.contracts.marcVegetables.id)} Marc L.`,
      'Panier 5 Anne M.',
    ]);
    const text = view.container.textContent ?? '';
    for (const member of [seed.elodie, seed.marc, seed.anne]) {
      expect(text).not.toContain(member.lastName);
      expect(text).not.toContain(member.phone);
      expect(text).not.toContain(member.email);
    }
    expect(text).not.toMatch(/@|\+33|0[67] \d\d/);
    expect(view.container.innerHTML).not.toMatch(/exemple\.fr|Durand|Lefèvre|Martin"/);
  });

  it("shows the sheet's numbers, stored on the distribution, whatever the other producers' contracts and the absences", async () => {
    await numberTheDay();
    await signIn('producer', seed.farm.id);
    await openDay();
    const marc = await numberOf(seed.contracts.marcVegetables.id);
    const titles = () => handOverRows().map((row) => row.querySelector('p')?.textContent);
    expect(titles()).toEqual(['Panier 1 Élodie D.', 'Panier 2 Élodie D.', `Panier ${marc} Marc L.`, 'Panier 5 Anne M.']);
    expect(
      (await mutate('absence.declare', { distributionId: seed.distribution.id, memberId: seed.marc.id, proxyName: '', note: '' })).ok,
    ).toBe(true);
    await expect.poll(titles).toEqual(['Panier 1 Élodie D.', 'Panier 2 Élodie D.', 'Panier 5 Anne M.']);
    expect(screen.getByText(`Absent·e sans procuration, rien à remettre : Panier ${marc} Marc L.`)).toBeInTheDocument();
  });

  it('shows no number of its own before the day is numbered, and links to the full check-off', async () => {
    await signIn('producer', seed.farm.id);
    await openDay();
    expect(handOverRows().map((row) => row.querySelector('strong')?.textContent)).toEqual(Array(4).fill('Panier (sans n°)'));
    expect(screen.getByRole('link', { name: 'Ouvrir l’émargement complet' })).toHaveAttribute(
      'href',
      `/distributions/${seed.distribution.id}/checkoff`,
    );
    // A producer's phone never numbers the day: it holds only its own baskets.
    expect((await db.distributions.get(seed.distribution.id))?.basketNumbers).toBeUndefined();
  });

  it('finds a basket by first name, initial or number, and shows those collected by someone else or not collected', async () => {
    await numberTheDay();
    await signIn('producer', seed.farm.id);
    const { user } = await openDay();
    const search = screen.getByLabelText('Prénom, initiale ou n° de panier');
    const titles = () => handOverRows().map((row) => row.querySelector('p')?.textContent);
    await user.type(search, 'elo');
    await expect.poll(titles).toEqual(['Panier 1 Élodie D.', 'Panier 2 Élodie D.']);
    await user.clear(search);
    await user.type(search, 'Marc L');
    await expect.poll(() => titles().length).toBe(1);
    await user.clear(search);
    await user.type(search, '5');
    await expect.poll(titles).toEqual(['Panier 5 Anne M.']);
    await user.clear(search);

    await user.click(within(handOverRow(3)).getByRole('button', { name: 'Non récupéré' }));
    const record = (contractId: string, status: 'collectedByOther') =>
      mutate('pickup.record', {
        distributionId: seed.distribution.id,
        contractId,
        status,
        collectedBy: 'Paul Bernard',
        recordedAt: '2026-04-07T18:10:00.000Z',
        deviceId: 'table',
      });
    expect((await record(seed.contracts.elodieVegetables.id, 'collectedByOther')).ok).toBe(true);
    await user.click(await screen.findByRole('radio', { name: 'Récupéré par quelqu’un d’autre (1)' }));
    await expect.poll(titles).toEqual(['Panier 1 Élodie D.']);
    expect(within(handOverRow(0)).getByText(/^Récupéré par Paul/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Non récupéré (1)' }));
    await expect.poll(titles).toEqual(['Panier 5 Anne M.']);
    await user.click(screen.getByRole('radio', { name: 'À remettre (2)' }));
    await expect.poll(() => titles().length).toBe(2);
  });

  it('lets the producer tick and untick their own baskets', async () => {
    await signIn('producer', seed.farm.id);
    const { user } = await openDay();
    await user.click(within(handOverRow(2)).getByRole('button', { name: 'Récupéré' }));
    const id = joinId(seed.distribution.id, seed.contracts.marcVegetables.id);
    await expect.poll(async () => (await db.pickups.get(id))?.status).toBe('collected');
    await expect.poll(() => screen.getByRole('status').textContent).toBe('1 remis sur 4');

    await user.click(within(handOverRow(2)).getByRole('button', { name: 'Décocher' }));
    await expect.poll(async () => (await db.pickups.get(id))?.status).toBe('pending');
    await expect.poll(() => screen.getByRole('status').textContent).toBe('0 remis sur 4');
  });

  it('says so to a producer with no basket there', async () => {
    await signIn('producer', 'some-other-producer');
    await renderScreen(<ProducerDistributionScreen distributionId={seed.distribution.id} />);
    expect(await screen.findByText('Aucun panier de vos contrats à cette distribution.')).toBeInTheDocument();
  });
});
