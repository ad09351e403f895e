import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { MembersScreen } from '../../../../src/features/members/members-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { areaArgs, groupArgs, signUpArgs } from '../../../factories/entities';

const beaulieu = areaArgs({ name: 'Beaulieu' });
const troisCites = areaArgs({ name: 'Trois-Cités' });
const amap = groupArgs({ name: 'AMAP des Couronneries' });
const elodie = signUpArgs({ firstName: 'Élodie', lastName: 'Durand', phone: '+33 6 12 34 56 78', quarterId: beaulieu.id });
const marc = signUpArgs({
  firstName: 'Marc',
  lastName: 'Lefèvre',
  phone: '07 98 76 54 32',
  email: 'marc@exemple.fr',
  quarterId: troisCites.id,
  demo: true,
});
const anne = signUpArgs({ firstName: 'Anne', lastName: 'Martin', phone: '', email: 'anne.martin@exemple.fr', quarterId: beaulieu.id });

beforeEach(async () => {
  await resetAppDb();
  for (const area of [beaulieu, troisCites]) expect((await mutate('area.create', area)).ok).toBe(true);
  for (const member of [elodie, marc, anne]) expect((await mutate('member.signUp', member)).ok).toBe(true);
  expect((await mutate('group.create', amap)).ok).toBe(true);
  for (const member of [marc, anne]) expect((await mutate('groupMember.add', { groupId: amap.id, memberId: member.id })).ok).toBe(true);
});

async function shownNames(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Membres' });
  return within(list)
    .queryAllByRole('link')
    .map((link) => link.querySelector('strong')?.textContent ?? '');
}

async function renderList() {
  const user = userEvent.setup();
  await renderScreen(<MembersScreen />, { path: '/members' });
  await expect.poll(shownNames).toHaveLength(3);
  return user;
}

describe('MembersScreen', () => {
  it('lists members by name with their quarter, a demo badge and a link to their record', async () => {
    await renderList();
    expect(await shownNames()).toEqual(['Anne Martin', 'Élodie Durand', 'Marc Lefèvre']);
    expect(screen.getByTestId('member-count')).toHaveTextContent('3 membres');
    const marcLink = screen.getByRole('link', { name: /Marc Lefèvre/ });
    expect(marcLink).toHaveAttribute('href', `/members/${marc.id}`);
    expect(marcLink).toHaveTextContent('Trois-Cités');
    expect(marcLink).toHaveTextContent('démo');
    expect(screen.getByRole('link', { name: /Élodie Durand/ })).not.toHaveTextContent('démo');
  });

  it('lists and searches members known by first name and initial only, as on a producer’s phone', async () => {
    // What a producer's phone pulls: the server's projection keeps the first name and the last name's initial.
    await db.members.bulkPut([
      { id: 'partial-1', firstName: 'Paul', lastName: 'P.', deleted: false, demo: false, clocks: {} },
      { id: 'partial-2', firstName: 'Zoé', deleted: false, demo: false, clocks: {} },
    ] as never[]);
    const user = userEvent.setup();
    await renderScreen(<MembersScreen />, { path: '/members' });
    await expect.poll(shownNames).toEqual(['Anne Martin', 'Élodie Durand', 'Marc Lefèvre', 'Paul P.', 'Zoé']);
    expect(screen.getByRole('link', { name: /Paul P\./ })).toHaveTextContent('Sans quartier');

    await user.type(screen.getByLabelText('Rechercher (nom, téléphone, e-mail)'), 'zoe');
    await expect.poll(shownNames).toEqual(['Zoé']);
  });

  it('searches without accents and by phone digits, and counts the results', async () => {
    const user = await renderList();
    const search = screen.getByLabelText('Rechercher (nom, téléphone, e-mail)');

    await user.type(search, 'elodie');
    await expect.poll(shownNames).toEqual(['Élodie Durand']);
    expect(screen.getByTestId('member-count')).toHaveTextContent('1 membre');

    await user.clear(search);
    await user.type(search, 'LEFEVRE');
    await expect.poll(shownNames).toEqual(['Marc Lefèvre']);

    await user.clear(search);
    await user.type(search, '0612');
    await expect.poll(shownNames).toEqual(['Élodie Durand']);

    await user.clear(search);
    await user.type(search, 'anne.martin@');
    await expect.poll(shownNames).toEqual(['Anne Martin']);

    await user.clear(search);
    await user.type(search, 'zoé');
    await expect.poll(shownNames).toEqual([]);
    expect(screen.getByTestId('member-count')).toHaveTextContent('Aucun membre trouvé');
  });

  it('filters by quarter and by group, together', async () => {
    const user = await renderList();
    await user.selectOptions(screen.getByLabelText('Quartier'), 'Beaulieu');
    await expect.poll(shownNames).toEqual(['Anne Martin', 'Élodie Durand']);

    await user.selectOptions(screen.getByLabelText('Groupe'), 'AMAP des Couronneries');
    await expect.poll(shownNames).toEqual(['Anne Martin']);

    await user.selectOptions(screen.getByLabelText('Quartier'), 'Tous les quartiers');
    await expect.poll(shownNames).toEqual(['Anne Martin', 'Marc Lefèvre']);
    expect(screen.getByTestId('member-count')).toHaveTextContent('2 membres');
  });

  it('drops a deleted member from the list', async () => {
    await renderList();
    expect((await mutate('member.delete', { id: elodie.id })).ok).toBe(true);
    await expect.poll(shownNames).toEqual(['Anne Martin', 'Marc Lefèvre']);
  });

  it('shows the first 50 of a long result with the full count and a hint to narrow the search', async () => {
    for (let n = 0; n < 60; n += 1) expect((await mutate('member.signUp', signUpArgs({ lastName: 'Zola' }))).ok).toBe(true);
    const user = userEvent.setup();
    await renderScreen(<MembersScreen />, { path: '/members' });
    await expect.poll(() => screen.getByTestId('member-count').textContent).toBe('63 membres');
    expect(await shownNames()).toHaveLength(50);
    expect(screen.getByText('Seuls les 50 premiers sont affichés : précisez la recherche.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Rechercher (nom, téléphone, e-mail)'), 'durand');
    await expect.poll(shownNames).toEqual(['Élodie Durand']);
    expect(screen.queryByText(/précisez la recherche/)).not.toBeInTheDocument();
  });
});
