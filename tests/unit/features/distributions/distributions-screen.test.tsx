import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { DistributionNewScreen } from '../../../../src/features/distributions/distribution-new-screen';
import { DistributionsScreen } from '../../../../src/features/distributions/distributions-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { amap, future, loadFixture, past } from './fixture';

beforeEach(async () => {
  await resetAppDb();
  await loadFixture();
});

describe('DistributionsScreen', () => {
  it('lists upcoming distributions first, then past ones, latest first', async () => {
    await renderScreen(<DistributionsScreen />, { path: '/distributions' });
    const upcoming = await screen.findByRole('list', { name: 'À venir' });
    expect(
      within(upcoming)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([`/distributions/${future.id}`]);
    expect(within(upcoming).getByRole('link')).toHaveTextContent('mardi 2 juin 2099');
    expect(within(upcoming).getByRole('link')).toHaveTextContent('AMAP des Couronneries · 18:00–19:30 · Salle polyvalente');
    const pastList = screen.getByRole('list', { name: 'Passées' });
    expect(
      within(pastList)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([...past].reverse().map((d) => `/distributions/${d.id}`));
  });
});

describe('DistributionNewScreen', () => {
  it('prefills the place from the group, refuses an end before the start, then creates and opens the distribution', async () => {
    const user = userEvent.setup();
    const { location } = await renderScreen(<DistributionNewScreen />, { path: '/distributions/new' });
    const before = await db.distributions.count();

    await user.click(await screen.findByRole('button', { name: 'Créer' }));
    const group = screen.getByLabelText('Groupe');
    await expect.poll(() => group.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.distributions.count()).toBe(before);

    await user.selectOptions(group, amap.name);
    expect(screen.getByLabelText('Lieu')).toHaveValue('Maison de quartier des Couronneries');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2099-07-07' } });
    fireEvent.change(screen.getByLabelText('Fin'), { target: { value: '17:00' } });
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    const end = screen.getByLabelText('Fin');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
    expect(end).toHaveAccessibleDescription('La fin doit venir après le début.');
    expect(screen.getByRole('alert')).toHaveTextContent('rien n’a été enregistré');
    expect(await db.distributions.count()).toBe(before);

    fireEvent.change(end, { target: { value: '20:00' } });
    await user.clear(screen.getByLabelText('Bénévoles nécessaires'));
    await user.type(screen.getByLabelText('Bénévoles nécessaires'), '3');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    await expect.poll(location).toMatch(/^\/distributions\/[0-9A-Z]{26}$/);
    const created = await db.distributions.get(location().split('/')[2]);
    expect(created).toMatchObject({
      groupId: amap.id,
      date: '2099-07-07',
      startTime: '18:00',
      endTime: '20:00',
      place: 'Maison de quartier des Couronneries',
      volunteersNeeded: 3,
    });
  });
});
