import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { GroupsScreen } from '../../../../src/features/groups/groups-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { areaArgs, groupArgs, signUpArgs } from '../../../factories/entities';
import { signInAsAnimator, signInAsProducer } from '../../../factories/sessions';

const couronneries = areaArgs({ name: 'Couronneries' });
const amap = groupArgs({ name: 'AMAP des Couronneries', kind: 'amap', quarterId: couronneries.id });
const members = [signUpArgs(), signUpArgs(), signUpArgs()];
const [, , leaver] = members;

beforeEach(async () => {
  await resetAppDb();
  expect((await mutate('area.create', couronneries)).ok).toBe(true);
  expect((await mutate('group.create', amap)).ok).toBe(true);
  for (const member of members) {
    expect((await mutate('member.signUp', member)).ok).toBe(true);
    expect((await mutate('groupMember.add', { groupId: amap.id, memberId: member.id })).ok).toBe(true);
  }
  // A deleted member's link is still there; it must not count.
  expect((await mutate('member.delete', { id: leaver.id })).ok).toBe(true);
});

async function renderList() {
  const user = userEvent.setup();
  await renderScreen(<GroupsScreen />, { path: '/groups' });
  await screen.findByRole('link', { name: /AMAP des Couronneries/ });
  return user;
}

async function openCreateForm() {
  const user = await renderList();
  await user.click(screen.getByRole('button', { name: 'Nouveau groupe' }));
  return { user, form: screen.getByRole('form', { name: 'Créer un groupe' }) };
}

describe('GroupsScreen', () => {
  it('lists groups with their kind, quarter, number of members and a link', async () => {
    await renderList();
    const link = screen.getByRole('link', { name: /AMAP des Couronneries/ });
    expect(link).toHaveAttribute('href', `/groups/${amap.id}`);
    expect(link).toHaveTextContent('AMAP · Couronneries · 2 membres');
  });

  it('refuses a group without a name: the error is on the field and nothing is saved', async () => {
    const { user, form } = await openCreateForm();
    const outboxBefore = await db.outbox.count();
    await user.type(within(form).getByLabelText('Lieu de distribution'), 'Salle des fêtes');
    await user.type(within(form).getByLabelText('Nom du groupe'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Créer' }));

    const name = within(form).getByLabelText('Nom du groupe');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(name).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(within(form).getByRole('alert')).toHaveTextContent('rien n’a été enregistré');
    expect(await db.groups.count()).toBe(1);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect(within(form).getByLabelText('Lieu de distribution')).toHaveValue('Salle des fêtes');
  });

  it('creates a group with trimmed text, the chosen kind, quarter and rhythm', async () => {
    const { user, form } = await openCreateForm();
    await user.type(within(form).getByLabelText('Nom du groupe'), '  Épicerie du Clain ');
    await user.selectOptions(within(form).getByLabelText('Type'), 'Épicerie solidaire');
    await user.selectOptions(within(form).getByLabelText('Quartier'), 'Couronneries');
    await user.type(within(form).getByLabelText('Lieu de distribution'), 'Local associatif');
    await user.selectOptions(within(form).getByLabelText('Rythme'), 'Tous les quinze jours');
    await user.type(within(form).getByLabelText('Précision sur le rythme (jour, heure…)'), 'le jeudi à 18 h');
    await user.click(within(form).getByRole('button', { name: 'Créer' }));

    const link = await screen.findByRole('link', { name: /Épicerie du Clain/ });
    expect(link).toHaveTextContent('Épicerie solidaire · Couronneries · aucun membre');
    expect(screen.getByRole('status')).toHaveTextContent('Groupe créé.');
    expect(screen.queryByRole('form', { name: 'Créer un groupe' })).toBeNull();
    const created = (await db.groups.toArray()).find((group) => group.id !== amap.id);
    expect(created).toMatchObject({
      name: 'Épicerie du Clain',
      kind: 'solidarityGrocery',
      quarterId: couronneries.id,
      place: 'Local associatif',
      rhythm: 'fortnightly',
      rhythmNote: 'le jeudi à 18 h',
      deleted: false,
    });
  });

  it('offers no « Nouveau groupe » to a producer’s account, whose group would be refused at the next sync', async () => {
    await signInAsProducer();
    await renderList();
    expect(screen.queryByRole('button', { name: 'Nouveau groupe' })).toBeNull();
  });

  it('offers no « Nouveau groupe » to an animator’s account either: groups are the coordinators’', async () => {
    await signInAsAnimator([amap.id]);
    await renderList();
    expect(screen.queryByRole('button', { name: 'Nouveau groupe' })).toBeNull();
  });
});
