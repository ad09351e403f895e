import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { joinId } from '../../../../src/domain/rows/ids';
import { DistributionDetailScreen } from '../../../../src/features/distributions/distribution-detail-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { elodie, future, loadFixture, marc, past } from './fixture';
import { DistributionsScreen } from '../../../../src/features/distributions/distributions-screen';
import { signInAsProducer } from '../../../factories/sessions';

beforeEach(async () => {
  await resetAppDb();
  await loadFixture();
});

async function renderDetail(id: string) {
  const user = userEvent.setup();
  const rendered = await renderScreen(<DistributionDetailScreen id={id} />, { path: `/distributions/${id}` });
  return { user, ...rendered };
}

const dueItems = async () =>
  within(await screen.findByRole('list', { name: 'Paniers prévus' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('DistributionDetailScreen', () => {
  it('shows the baskets due from the contracts minus the absences, with proxies, counts and totals', async () => {
    await renderDetail(future.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'AMAP des Couronneries — mardi 2 juin 2099' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir l’émargement' })).toHaveAttribute('href', `/distributions/${future.id}/checkoff`);
    expect(screen.getByRole('heading', { name: 'Paniers prévus (4)' })).toBeInTheDocument();
    const items = await dueItems();
    expect(items).toHaveLength(4);
    expect(items.some((text) => text?.includes('Marc Lefèvre'))).toBe(false);
    expect(items.filter((text) => text?.includes('Élodie Durand'))).toEqual([
      expect.stringContaining('Panier de légumes × 1 panier, moyen'),
      expect.stringContaining('Œufs × 2'),
    ]);
    // Still to collect: the proxy is who will come, not who came.
    expect(items.find((text) => text?.includes('Nadia Benali'))).toContain('Procuration : Jeanne Petit');
    expect(items.find((text) => text?.includes('Nadia Benali'))).not.toContain('récupéré par');
    expect(screen.getByText('Récupérés : 0 · Restants : 4 · Non récupérés : 0')).toBeInTheDocument();
    const totals = within(screen.getByRole('list', { name: 'À apporter, par offre' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(totals).toEqual(['Panier de légumes × 3 paniers, moyen — 3 paniers', 'Œufs × 2 douzaines — 1 panier']);
    // Upcoming: nothing to report yet.
    expect(screen.queryByRole('heading', { name: /Paniers non récupérés/ })).toBeNull();
  });

  it('declares an absence with a proxy (a name is required), and cancels one', async () => {
    const { user } = await renderDetail(future.id);
    const form = await screen.findByRole('form', { name: 'Déclarer une absence' });
    await user.selectOptions(within(form).getByLabelText('Membre absent'), 'Durand Élodie');
    await user.click(within(form).getByLabelText('Quelqu’un récupère pour moi'));
    await user.click(within(form).getByRole('button', { name: 'Déclarer l’absence' }));
    const proxy = within(form).getByLabelText('Nom de la personne qui récupère');
    await expect.poll(() => proxy.getAttribute('aria-invalid')).toBe('true');
    expect(proxy).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(await db.absences.get(joinId(future.id, elodie.id))).toBeUndefined();

    await user.type(proxy, 'Paul Girard');
    await user.click(within(form).getByRole('button', { name: 'Déclarer l’absence' }));
    const absences = screen.getByRole('list', { name: 'Absences déclarées' });
    // Declared ahead: who will come for her, not who came.
    await expect.poll(() => absences.textContent).toContain('Élodie Durand — Procuration : Paul Girard');
    expect(absences.textContent).not.toContain('récupéré par');
    expect(await db.absences.get(joinId(future.id, elodie.id))).toMatchObject({ proxyName: 'Paul Girard', deleted: false });
    await expect.poll(async () => (await dueItems()).filter((text) => text?.includes('Procuration : Paul Girard'))).toHaveLength(2);

    expect((await dueItems()).some((text) => text?.includes('Marc Lefèvre'))).toBe(false);
    await user.click(within(absences).getByRole('button', { name: 'Annuler l’absence Marc Lefèvre' }));
    await expect.poll(async () => (await dueItems()).some((text) => text?.includes('Marc Lefèvre'))).toBe(true);
    expect(await db.absences.get(joinId(future.id, marc.id))).toMatchObject({ deleted: true });
    expect(screen.getByRole('heading', { name: 'Paniers prévus (5)' })).toBeInTheDocument();
  });

  it('lets members take and release volunteer slots and counts how many are still needed', async () => {
    const { user } = await renderDetail(future.id);
    expect(await screen.findByText('Encore 2 bénévoles à trouver.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Prendre un créneau' });
    await user.selectOptions(within(form).getByLabelText('Bénévole'), 'Lefèvre Marc');
    await user.type(within(form).getByLabelText('Tâche (facultatif)'), 'accueil');
    await user.click(within(form).getByRole('button', { name: 'Prendre un créneau' }));
    expect(await screen.findByText('Encore 1 bénévole à trouver.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Bénévoles (1 sur 2)' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Bénévoles de permanence' })).getByRole('listitem')).toHaveTextContent(
      'Marc Lefèvre — accueil',
    );
    expect(await db.volunteers.get(joinId(future.id, marc.id))).toMatchObject({ task: 'accueil', deleted: false });
    // Someone on duty is not offered twice.
    expect(within(within(form).getByLabelText('Bénévole')).queryByRole('option', { name: 'Lefèvre Marc' })).toBeNull();

    await user.selectOptions(within(form).getByLabelText('Bénévole'), 'Durand Élodie');
    await user.click(within(form).getByRole('button', { name: 'Prendre un créneau' }));
    expect(await screen.findByText('L’équipe est au complet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Libérer le créneau Marc Lefèvre' }));
    expect(await screen.findByText('Encore 1 bénévole à trouver.')).toBeInTheDocument();
    expect(await db.volunteers.get(joinId(future.id, marc.id))).toMatchObject({ deleted: true });
  });

  it('after the day, lists the baskets not collected and the loyalty figure, with N and M settable', async () => {
    const { user } = await renderDetail(past[3].id);
    const left = await screen.findByRole('list', { name: 'Paniers non récupérés' });
    const texts = within(left)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(texts).toHaveLength(3);
    expect(texts.find((text) => text?.includes('=cmd()'))).toContain('non récupéré');
    expect(texts.find((text) => text?.includes('Élodie Durand'))).toContain('à récupérer');
    expect(texts.some((text) => text?.includes('Marc'))).toBe(false);

    // 3 of the last 4: Marc (4) and Élodie (3); Nadia (1) and Eve (0) are not.
    expect(
      await screen.findByText('Membres fidèles : 2 sur 4 (panier récupéré à au moins 3 des 4 dernières distributions).'),
    ).toBeInTheDocument();
    const atLeast = screen.getByLabelText('Au moins N distributions');
    await user.clear(atLeast);
    await user.type(atLeast, '1');
    expect(
      await screen.findByText('Membres fidèles : 3 sur 4 (panier récupéré à au moins 1 des 4 dernières distributions).'),
    ).toBeInTheDocument();
    const lastCount = screen.getByLabelText('Sur les M dernières');
    await user.clear(lastCount);
    await user.type(lastCount, '1');
    // The last one only (28 April): Marc alone collected.
    expect(
      await screen.findByText('Membres fidèles : 1 sur 4 (panier récupéré à au moins 1 des 1 dernières distributions).'),
    ).toBeInTheDocument();
    await user.clear(atLeast);
    await user.type(atLeast, '2');
    expect(atLeast).toHaveAccessibleDescription('N et M sont des nombres entiers avec 1 ≤ N ≤ M.');
  });

  it('edits the distribution; an empty volunteer count is refused and saves nothing', async () => {
    const { user } = await renderDetail(future.id);
    await user.click(await screen.findByRole('button', { name: 'Modifier' }));
    const place = screen.getByLabelText('Lieu');
    expect(place).toHaveValue('Salle polyvalente');
    await user.clear(screen.getByLabelText('Bénévoles nécessaires'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const volunteers = screen.getByLabelText('Bénévoles nécessaires');
    await expect.poll(() => volunteers.getAttribute('aria-invalid')).toBe('true');
    expect(await db.distributions.get(future.id)).toMatchObject({ volunteersNeeded: 2 });

    await user.type(volunteers, '4');
    await user.clear(place);
    await user.type(place, ' Préau de l’école ');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('18:00–19:30 · Préau de l’école')).toBeInTheDocument();
    expect(await db.distributions.get(future.id)).toMatchObject({ volunteersNeeded: 4, place: 'Préau de l’école', date: future.date });
    expect(await screen.findByText('Encore 4 bénévoles à trouver.')).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    await renderScreen(<DistributionDetailScreen id={future.id} />, { path: `/distributions/${future.id}`, language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: /^AMAP des Couronneries — Tuesday,? 2 June 2099$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the check-off' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Baskets due (4)' })).toBeInTheDocument();
    expect(screen.getByText('2 more volunteers needed.')).toBeInTheDocument();
  });

  it('offers a producer’s account none of the day’s organising, which the server would refuse after the fact', async () => {
    await mutate('volunteer.take', { distributionId: future.id, memberId: elodie.id, task: 'Accueil' });
    await signInAsProducer();
    await renderDetail(future.id);
    expect(await screen.findByRole('link', { name: 'Ouvrir l’émargement' })).toBeInTheDocument();
    await expect.poll(() => screen.queryAllByText(/Jeanne Petit/).length).toBeGreaterThan(0);
    expect(screen.getByText(/— Accueil/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    const organising = /^(Modifier|Supprimer|Annuler l’absence|Libérer)/;
    expect(screen.queryAllByRole('button').filter((button) => organising.test(button.textContent ?? ''))).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Supprimer la distribution' })).toBeNull();

    cleanup();
    await renderScreen(<DistributionsScreen />, { path: '/distributions' });
    expect(await screen.findByRole('list', { name: 'À venir' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nouvelle distribution' })).toBeNull();
  });

  it('deletes the distribution after confirmation', async () => {
    const { user, location } = await renderDetail(future.id);
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
    await expect.poll(location).toBe('/distributions');
    expect(await db.distributions.get(future.id)).toMatchObject({ deleted: true });
  });
});
