import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { joinId } from '../../../../src/domain/rows/ids';
import { GroupDetailScreen } from '../../../../src/features/groups/group-detail-screen';
import { GroupsScreen } from '../../../../src/features/groups/groups-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { areaArgs, groupArgs, signUpArgs } from '../../../factories/entities';
import { signInAsAnimator, signInAsProducer } from '../../../factories/sessions';

const couronneries = areaArgs({ name: 'Couronneries' });
const amap = groupArgs({
  name: 'AMAP des Couronneries',
  quarterId: couronneries.id,
  place: 'Maison de quartier',
  rhythm: 'weekly',
  rhythmNote: 'le mardi',
});
const elodie = signUpArgs({ firstName: 'Élodie', lastName: 'Durand' });
const marc = signUpArgs({ firstName: 'Marc', lastName: 'Lefèvre', phone: '07 98 76 54 32' });
const marcelle = signUpArgs({ firstName: 'Marcelle', lastName: 'Aubry', phone: '05 49 11 22 33' });

beforeEach(async () => {
  await resetAppDb();
  expect((await mutate('area.create', couronneries)).ok).toBe(true);
  expect((await mutate('group.create', amap)).ok).toBe(true);
  for (const member of [elodie, marc, marcelle]) expect((await mutate('member.signUp', member)).ok).toBe(true);
  expect((await mutate('groupMember.add', { groupId: amap.id, memberId: elodie.id })).ok).toBe(true);
});

async function renderDetail(id = amap.id) {
  const user = userEvent.setup();
  const rendered = await renderScreen(<GroupDetailScreen id={id} />, { path: `/groups/${id}` });
  return { user, ...rendered };
}

const stored = () => db.groups.get(amap.id);

describe('GroupDetailScreen', () => {
  it('shows the group and links to its members', async () => {
    await renderDetail();
    expect(await screen.findByRole('heading', { level: 1, name: 'AMAP des Couronneries' })).toBeInTheDocument();
    const text = document.body.textContent ?? '';
    for (const expected of ['AMAP', 'Couronneries', 'Maison de quartier', 'Chaque semaine — le mardi']) expect(text).toContain(expected);
    const list = await screen.findByRole('list', { name: 'Membres du groupe' });
    expect(within(list).getByRole('link', { name: 'Élodie Durand' })).toHaveAttribute('href', `/members/${elodie.id}`);
  });

  it('says "not found" for an unknown or deleted group', async () => {
    expect((await mutate('group.delete', { id: amap.id })).ok).toBe(true);
    await renderDetail();
    expect(await screen.findByRole('heading', { name: 'Groupe introuvable' })).toBeInTheDocument();
  });

  it('edits the group; an empty name is refused and saves nothing', async () => {
    const { user } = await renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Modifier' }));
    const name = screen.getByLabelText('Nom du groupe');
    const before = await stored();
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(name).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(await stored()).toEqual(before);

    await user.type(name, ' AMAP du Clain ');
    await user.selectOptions(screen.getByLabelText('Rythme'), 'Chaque mois');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'AMAP du Clain' })).toBeInTheDocument();
    expect(await stored()).toMatchObject({ name: 'AMAP du Clain', rhythm: 'monthly', place: 'Maison de quartier' });
  });

  it('finds members by name to add them, and removes them', async () => {
    const { user } = await renderDetail();
    const list = await screen.findByRole('list', { name: 'Membres du groupe' });
    await user.type(screen.getByLabelText('Ajouter un membre'), 'marc');
    const found = await screen.findByRole('list', { name: 'Membres trouvés' });
    await expect
      .poll(() =>
        within(found)
          .getAllByRole('listitem')
          .map((item) => item.querySelector('span')?.textContent),
      )
      .toEqual(['Marc Lefèvre', 'Marcelle Aubry']);

    await user.click(within(found).getByRole('button', { name: 'Ajouter Marcelle Aubry' }));
    expect(await within(list).findByRole('link', { name: 'Marcelle Aubry' })).toBeInTheDocument();
    expect(await db.groupMembers.get(joinId(amap.id, marcelle.id))).toMatchObject({ deleted: false });
    await expect.poll(() => within(found).queryByRole('button', { name: 'Ajouter Marcelle Aubry' })).toBeNull();

    await user.click(within(list).getByRole('button', { name: 'Retirer Élodie Durand' }));
    await expect.poll(() => within(list).queryByRole('link', { name: 'Élodie Durand' })).toBeNull();
    expect(await db.groupMembers.get(joinId(amap.id, elodie.id))).toMatchObject({ deleted: true });
  });

  it('deletes the group after confirmation and goes back to the list', async () => {
    const { user, location } = await renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    expect(screen.getByText(/Supprimer le groupe « AMAP des Couronneries »/)).toBeInTheDocument();
    expect((await stored())?.deleted).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
    await expect.poll(location).toBe('/groups');
    expect(await stored()).toMatchObject({ deleted: true, name: 'AMAP des Couronneries' });

    await renderScreen(<GroupsScreen />, { path: '/groups' });
    expect(await screen.findByText('Aucun groupe pour l’instant.')).toBeInTheDocument();
  });

  it('offers a producer’s account no change to the group, which the server would refuse at the next sync', async () => {
    await signInAsProducer();
    await renderDetail();
    const list = await screen.findByRole('list', { name: 'Membres du groupe' });
    expect(within(list).getByRole('link', { name: 'Élodie Durand' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull();
    expect(screen.queryByLabelText('Ajouter un membre')).toBeNull();
    expect(within(list).queryByRole('button', { name: 'Retirer Élodie Durand' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Supprimer le groupe' })).toBeNull();
  });

  it('offers an animator’s account the members of its own groups to change, and not the group itself', async () => {
    await signInAsAnimator([amap.id]);
    await renderDetail();
    const list = await screen.findByRole('list', { name: 'Membres du groupe' });
    expect(await screen.findByLabelText('Ajouter un membre')).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Retirer Élodie Durand' })).toBeInTheDocument();
    // Editing and deleting a group are the coordinators': the server refuses them from an animator.
    await expect.poll(() => screen.queryByRole('button', { name: 'Modifier' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull();
  });

  it('offers an animator’s account no change to the members of another group', async () => {
    await signInAsAnimator(['another-group']);
    await renderDetail();
    const list = await screen.findByRole('list', { name: 'Membres du groupe' });
    expect(within(list).getByRole('link', { name: 'Élodie Durand' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Ajouter un membre')).toBeNull();
    expect(within(list).queryByRole('button', { name: 'Retirer Élodie Durand' })).toBeNull();
  });
});
