import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { getDevice } from '../../../../src/db/device';
import { mutate } from '../../../../src/db/mutators';
import { joinId } from '../../../../src/domain/rows/ids';
import { CheckoffScreen } from '../../../../src/features/checkoff/checkoff-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { contractArgs } from '../../../factories/entities';
import { seedDistribution } from './distribution-fixture';

let seed: Awaited<ReturnType<typeof seedDistribution>>;

beforeEach(async () => {
  await resetAppDb();
  seed = await seedDistribution();
});
afterEach(() => vi.useRealTimers());

const rows = () => screen.queryAllByTestId('basket-row');
function row(index: number): HTMLElement {
  const found = rows()[index];
  if (!found) throw new Error(`no row ${index}`);
  return found;
}
const rowTitles = () => rows().map((row) => row.querySelector('.basket-title')?.textContent ?? '');
const count = (key: string) => screen.getByTestId(`count-${key}`).querySelector('dd')?.textContent;
const pickup = (contractId: string) => db.pickups.get(joinId(seed.distribution.id, contractId));

async function open() {
  const user = userEvent.setup();
  await renderScreen(<CheckoffScreen id={seed.distribution.id} />, { path: `/distributions/${seed.distribution.id}/checkoff` });
  await expect.poll(rows).toHaveLength(5);
  return { user, search: screen.getByLabelText('Nom ou numéro de panier') };
}

describe('CheckoffScreen', () => {
  it('lists the baskets due by member name, with what they hold, the proxy and the counts', async () => {
    await open();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Émargement');
    expect(screen.getByText(/AMAP des Couronneries · mardi 7 avril · 18:00–19:30/)).toBeInTheDocument();
    expect(rowTitles()).toEqual([
      'Panier 1 Élodie Durand',
      'Panier 2 Élodie Durand',
      'Panier 3 Marc Lefèvre',
      'Panier 4 Marc Lefèvre',
      'Panier 5 Anne Martin',
    ]);
    const anne = row(4);
    expect(anne).toHaveTextContent('Panier de légumes × 1 panier, moyen');
    expect(anne).toHaveTextContent('Procuration : Paul Bernard');
    expect(anne).toHaveTextContent('À remettre');
    expect(rows().some((row) => row.textContent?.includes('Pommes × 2 kg'))).toBe(true);
    expect([count('collected'), count('remaining'), count('notCollected'), count('due')]).toEqual(['0', '5', '0', '5']);
  });

  it('names « Fiche supprimée » the baskets of a deleted member, whose names were erased, in the list and the last action', async () => {
    expect((await mutate('member.delete', { id: seed.marc.id })).ok).toBe(true);
    const { user } = await open();
    expect(rowTitles().filter((title) => !/Élodie|Anne/.test(title))).toEqual(['Panier 1 Fiche supprimée', 'Panier 2 Fiche supprimée']);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(() => screen.getByRole('status').textContent).toMatch(/^Panier 1, Fiche supprimée : Récupéré\./);
  });

  it('says why the number of an absent member’s basket finds no basket to tick', async () => {
    expect(
      (await mutate('absence.declare', { distributionId: seed.distribution.id, memberId: seed.marc.id, proxyName: '', note: '' })).ok,
    ).toBe(true);
    const user = userEvent.setup();
    await renderScreen(<CheckoffScreen id={seed.distribution.id} />, { path: `/distributions/${seed.distribution.id}/checkoff` });
    await expect.poll(rows).toHaveLength(3);
    await user.type(screen.getByLabelText('Nom ou numéro de panier'), '4');
    expect(await screen.findByText('Panier 4 — Marc Lefèvre : absent·e, pas de panier à remettre.')).toBeInTheDocument();
    expect(screen.queryByText(/Aucun/)).toBeNull();
    expect(rows()).toHaveLength(0);
  });

  it('finds a member by 3 letters and ticks in 2 actions; the search clears and keeps the focus', async () => {
    const { user, search } = await open();
    await user.type(search, 'lef'); // action 1
    await expect.poll(rowTitles).toEqual(['Panier 3 Marc Lefèvre', 'Panier 4 Marc Lefèvre']);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' })); // action 2

    await expect.poll(async () => (await pickup(seed.contracts.marcVegetables.id))?.status).toBe('collected');
    const event = await pickup(seed.contracts.marcVegetables.id);
    if (!event) throw new Error('no check-off recorded');
    expect(event).toMatchObject({ collectedBy: '', memberId: seed.marc.id, deviceId: (await getDevice(db)).clientId });
    expect(Date.parse(event.recordedAt)).not.toBeNaN();
    expect(await pickup(seed.contracts.marcBread.id)).toBeUndefined();

    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    await expect.poll(() => count('collected')).toBe('1');
    expect(count('remaining')).toBe('4');
    expect(screen.getByRole('status')).toHaveTextContent('Panier 3, Marc Lefèvre : Récupéré.');
  });

  it('finds a member without accents and by basket number', async () => {
    const { user, search } = await open();
    await user.type(search, 'elo');
    await expect.poll(rowTitles).toEqual(['Panier 1 Élodie Durand', 'Panier 2 Élodie Durand']);
    await user.clear(search);
    await user.type(search, '5');
    await expect.poll(rowTitles).toEqual(['Panier 5 Anne Martin']);
    await user.clear(search);
    await user.type(search, 'zzz');
    await expect.poll(rowTitles).toEqual([]);
    expect(screen.getByText('Aucun panier ne correspond à « zzz ».')).toBeInTheDocument();
  });

  it('unticks in one tap, from the last action or from the row, back to pending', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user, search } = await open();
    await user.type(search, 'elo');
    await expect.poll(rows).toHaveLength(2);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(() => count('collected')).toBe('1');

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Annuler' }));
    await expect.poll(async () => (await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('pending');
    await expect.poll(() => count('collected')).toBe('0');

    vi.advanceTimersByTime(1000);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(() => within(row(0)).queryByRole('button', { name: 'Décocher' })).not.toBeNull();
    vi.advanceTimersByTime(1000);
    await user.click(within(row(0)).getByRole('button', { name: 'Décocher' }));
    await expect.poll(async () => (await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('pending');
    await expect.poll(() => within(row(0)).queryByRole('button', { name: 'Récupéré' })).not.toBeNull();
    expect(count('remaining')).toBe('5');
  });

  it('ignores the second tap of a double tap, which the re-laid list put on another basket’s button', async () => {
    // Only the clock is faked, and stopped: the tap 150 ms later is 150 ms later however slow the machine is.
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user, search } = await open();
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(async () => (await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('collected');
    vi.advanceTimersByTime(1000);

    await user.type(search, 'lef');
    await expect.poll(rowTitles).toEqual(['Panier 3 Marc Lefèvre', 'Panier 4 Marc Lefèvre']);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    // The search cleared: the first row under the finger is now Élodie's basket 1, ticked, with "Décocher".
    await expect.poll(rowTitles).toHaveLength(5);
    expect(row(0)).toHaveTextContent('Panier 1 Élodie Durand');
    vi.advanceTimersByTime(150);
    await user.click(within(row(0)).getByRole('button', { name: 'Décocher' }));
    await user.click(within(row(1)).getByRole('button', { name: 'Récupéré par quelqu’un d’autre' }));

    expect((await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('collected');
    expect(screen.queryByLabelText('Nom de la personne qui récupère')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Panier 3, Marc Lefèvre : Récupéré.');
    expect(count('collected')).toBe('2');

    // Once the list has settled, a tap acts again.
    vi.advanceTimersByTime(500);
    await user.click(within(row(0)).getByRole('button', { name: 'Décocher' }));
    await expect.poll(async () => (await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('pending');
  });

  it('ignores a double tap’s second tap on the same basket, not a quick tap on another of a list that stayed put', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user } = await open();
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(() => within(row(0)).queryByRole('button', { name: 'Décocher' })).not.toBeNull();
    vi.advanceTimersByTime(150);
    await user.click(within(row(0)).getByRole('button', { name: 'Décocher' }));
    await user.click(within(row(1)).getByRole('button', { name: 'Récupéré' }));

    await expect.poll(async () => (await pickup(seed.contracts.elodieApples.id))?.status).toBe('collected');
    expect((await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('collected');
    await expect.poll(() => count('collected')).toBe('2');
  });

  it('takes a tap at once after the volunteer typed the next name, even right after a tick', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user, search } = await open();
    await user.type(search, 'lef');
    await expect.poll(rows).toHaveLength(2);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(rows).toHaveLength(5);
    await user.type(search, 'anne');
    await expect.poll(rows).toHaveLength(1);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(async () => (await pickup(seed.contracts.anneVegetables.id))?.status).toBe('collected');
  });

  it('ignores the second tap of a double tap on « Annuler », which would undo the undo', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user } = await open();
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));
    await expect.poll(async () => (await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('collected');
    vi.advanceTimersByTime(1000);

    const line = screen.getByRole('status');
    await expect.poll(() => line.textContent).toContain('Panier 1, Élodie Durand : Récupéré.');
    await user.click(within(line).getByRole('button', { name: 'Annuler' }));
    await expect.poll(() => line.textContent).toContain('Panier 1, Élodie Durand : À remettre.');
    vi.advanceTimersByTime(150);
    await user.click(within(line).getByRole('button', { name: 'Annuler' }));
    expect((await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('pending');
    expect(line).toHaveTextContent('Panier 1, Élodie Durand : À remettre.');
    expect(count('collected')).toBe('0');

    // A tap once it has settled is meant: it undoes the undo.
    vi.advanceTimersByTime(500);
    await user.click(within(line).getByRole('button', { name: 'Annuler' }));
    await expect.poll(async () => (await pickup(seed.contracts.elodieVegetables.id))?.status).toBe('collected');
  });

  it('undoes any action from the last-action line, an untick included, back to who had collected', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user, search } = await open();
    await user.type(search, 'anne');
    await expect.poll(rows).toHaveLength(1);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré par quelqu’un d’autre' }));
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await expect.poll(async () => (await pickup(seed.contracts.anneVegetables.id))?.status).toBe('collectedByOther');
    await expect.poll(rows).toHaveLength(5);
    vi.advanceTimersByTime(1000);

    await user.click(within(row(4)).getByRole('button', { name: 'Décocher' }));
    await expect.poll(async () => (await pickup(seed.contracts.anneVegetables.id))?.status).toBe('pending');
    const line = screen.getByRole('status');
    await expect.poll(() => line.textContent).toContain('Panier 5, Anne Martin : À remettre.');

    await user.click(within(line).getByRole('button', { name: 'Annuler' }));
    await expect.poll(async () => (await pickup(seed.contracts.anneVegetables.id))?.status).toBe('collectedByOther');
    expect((await pickup(seed.contracts.anneVegetables.id))?.collectedBy).toBe('Paul Bernard');
    await expect.poll(() => line.textContent).toContain('Panier 5, Anne Martin : Récupéré par un tiers.');
    expect(count('collected')).toBe('1');
  });

  it('writes a tap from the rows on screen, without waiting to read them back first', async () => {
    const { user, search } = await open();
    // Listing the day stores its basket numbers first, with reads of contracts of its own: done before spying.
    await expect.poll(async () => (await db.distributions.get(seed.distribution.id))?.basketNumbers).toBeDefined();
    const order: string[] = [];
    // The tables as the write path opens them (by name: db.contracts is another object over the same store).
    const contracts = db.syncedTable('contracts');
    const pickups = db.syncedTable('pickups');
    const readContract = contracts.get.bind(contracts);
    const writePickup = pickups.put.bind(pickups);
    vi.spyOn(contracts, 'get').mockImplementation(((key: string) =>
      readContract(key).then((row) => {
        order.push('contract read');
        return row;
      })) as typeof contracts.get);
    vi.spyOn(pickups, 'put').mockImplementation(((row: Parameters<typeof pickups.put>[0]) => {
      order.push('check-off written');
      return writePickup(row);
    }) as typeof pickups.put);

    await user.type(search, 'anne');
    await expect.poll(rows).toHaveLength(1);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré' }));

    await expect.poll(async () => (await pickup(seed.contracts.anneVegetables.id))?.status).toBe('collected');
    // The contract is still read, in the same transaction, to confirm the screen was up to date.
    expect(order).toEqual(['check-off written', 'contract read']);
  });

  it('records a basket collected by someone else, the declared proxy prefilled, or another name', async () => {
    const { user, search } = await open();
    await user.type(search, 'anne');
    await expect.poll(rows).toHaveLength(1);
    await user.click(within(row(0)).getByRole('button', { name: 'Récupéré par quelqu’un d’autre' }));
    const name = screen.getByLabelText('Nom de la personne qui récupère');
    expect(name).toHaveValue('Paul Bernard');
    expect(name).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await expect.poll(async () => (await pickup(seed.contracts.anneVegetables.id))?.status).toBe('collectedByOther');
    expect((await pickup(seed.contracts.anneVegetables.id))?.collectedBy).toBe('Paul Bernard');

    await user.type(search, 'marc');
    await expect.poll(rows).toHaveLength(2);
    await user.click(within(row(1)).getByRole('button', { name: 'Récupéré par quelqu’un d’autre' }));
    const other = screen.getByLabelText('Nom de la personne qui récupère');
    expect(other).toHaveValue('');
    await user.type(other, 'Sa voisine Julie{Enter}');
    await expect.poll(async () => (await pickup(seed.contracts.marcBread.id))?.collectedBy).toBe('Sa voisine Julie');
    await expect.poll(() => count('collected')).toBe('2');
    await expect
      .poll(() => rows().find((row) => row.textContent?.includes('Julie'))?.textContent)
      .toContain('Récupéré par Sa voisine Julie');
    // The status once, with the name: not "Récupéré par un tiers" as well.
    expect(rows().find((row) => row.textContent?.includes('Julie'))).not.toHaveTextContent('Récupéré par un tiers');
  });

  it('refuses "collected by someone else" without a name, says why, and records nothing', async () => {
    const { user, search } = await open();
    await user.type(search, 'marc');
    await expect.poll(rows).toHaveLength(2);
    await user.click(within(row(1)).getByRole('button', { name: 'Récupéré par quelqu’un d’autre' }));
    const other = screen.getByLabelText('Nom de la personne qui récupère');
    await user.type(other, '   ');
    await user.click(screen.getByRole('button', { name: 'Valider' }));

    expect(other).toHaveAttribute('aria-invalid', 'true');
    expect(other).toHaveAccessibleDescription('Indiquez le nom de la personne qui récupère le panier.');
    expect(other).toHaveFocus();
    expect(await pickup(seed.contracts.marcBread.id)).toBeUndefined();
    expect(count('collected')).toBe('0');

    await user.type(other, 'Julie{Enter}');
    await expect.poll(async () => (await pickup(seed.contracts.marcBread.id))?.collectedBy).toBe('Julie');
  });

  it('records a basket not collected, and counts it apart', async () => {
    const { user, search } = await open();
    await user.type(search, 'dur');
    await expect.poll(rows).toHaveLength(2);
    await user.click(within(row(1)).getByRole('button', { name: 'Non récupéré' }));
    await expect.poll(async () => (await pickup(seed.contracts.elodieApples.id))?.status).toBe('notCollected');
    await expect.poll(() => count('notCollected')).toBe('1');
    expect([count('collected'), count('remaining'), count('due')]).toEqual(['0', '4', '5']);
  });

  it('renders at most 100 rows of a large distribution and asks to narrow the search', async () => {
    const many = Array.from({ length: 100 }, () =>
      contractArgs({ memberId: seed.marc.id, groupId: seed.group.id, offerId: seed.contracts.marcBread.offerId }),
    );
    for (const args of many) expect((await mutate('contract.create', args)).ok).toBe(true);
    const user = userEvent.setup();
    await renderScreen(<CheckoffScreen id={seed.distribution.id} />);
    await expect.poll(rows, { timeout: 5000 }).toHaveLength(100);
    expect(screen.getByText('100 paniers affichés sur 105 : affinez la recherche.')).toBeInTheDocument();
    expect(count('due')).toBe('105');
    await user.type(screen.getByLabelText('Nom ou numéro de panier'), 'elo');
    await expect.poll(rows).toHaveLength(2);
    expect(screen.queryByText(/affinez la recherche/)).toBeNull();
  });

  it('says so when the distribution is not on this device', async () => {
    await renderScreen(<CheckoffScreen id="nope" />);
    expect(await screen.findByText('Cette distribution n’est pas sur cet appareil.')).toBeInTheDocument();
  });
});
