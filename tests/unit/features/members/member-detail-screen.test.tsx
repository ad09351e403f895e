import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { MemberDetailScreen } from '../../../../src/features/members/member-detail-screen';
import { MembersScreen } from '../../../../src/features/members/members-screen';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { areaArgs, contractArgs, eventArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../../../factories/entities';

const beaulieu = areaArgs({ name: 'Beaulieu' });
const couronneries = areaArgs({ name: 'Couronneries' });
const fete = eventArgs({ name: 'Fête de Beaulieu' });
const amap = groupArgs({ name: 'AMAP des Couronneries' });
const epicerie = groupArgs({ name: 'Épicerie solidaire du Clain', kind: 'solidarityGrocery' });
const elodie = signUpArgs({
  firstName: 'Élodie',
  lastName: 'Durand',
  phone: '06 12 34 56 78',
  email: 'elodie@exemple.fr',
  quarterId: beaulieu.id,
  householdSize: 3,
  interests: ['vegetables', 'eggs'],
  notes: 'Préfère le samedi',
  signupEventId: fete.id,
  signupDeviceName: 'Tablette du stand',
});

beforeEach(async () => {
  await resetAppDb();
  for (const area of [beaulieu, couronneries]) expect((await mutate('area.create', area)).ok).toBe(true);
  expect((await mutate('event.create', fete)).ok).toBe(true);
  for (const group of [amap, epicerie]) expect((await mutate('group.create', group)).ok).toBe(true);
  expect((await mutate('member.signUp', elodie)).ok).toBe(true);
  expect((await mutate('groupMember.add', { groupId: amap.id, memberId: elodie.id })).ok).toBe(true);
});

async function renderDetail(id = elodie.id) {
  const user = userEvent.setup();
  const rendered = await renderScreen(<MemberDetailScreen id={id} />, { path: `/members/${id}` });
  return { user, ...rendered };
}

async function openEditForm() {
  const rendered = await renderDetail();
  await rendered.user.click(await screen.findByRole('button', { name: 'Modifier' }));
  return rendered;
}

const stored = async () => db.members.get(elodie.id);

describe('MemberDetailScreen', () => {
  it('shows every field, the sign-up and the consent', async () => {
    await renderDetail();
    expect(await screen.findByRole('heading', { level: 1, name: 'Élodie Durand' })).toBeInTheDocument();
    // The quarter's and the event's names come from their own queries, which may answer after the member's.
    await waitFor(() => {
      const text = document.body.textContent ?? '';
      for (const expected of ['06 12 34 56 78', 'elodie@exemple.fr', 'Beaulieu', '3', 'Légumes, Œufs', 'Préfère le samedi']) {
        expect(text).toContain(expected);
      }
    });
    expect(await screen.findByText('Fête de Beaulieu')).toBeInTheDocument();
    const text = document.body.textContent ?? '';
    expect(text).toContain('Tablette du stand');
    expect(text).toContain('2026-11-v1');
    expect(text).toMatch(/20 juin 2026/);
    const groups = screen.getByRole('region', { name: 'Groupes' });
    // The groups are another query too.
    expect(await within(groups).findByRole('link', { name: 'AMAP des Couronneries' })).toHaveAttribute('href', `/groups/${amap.id}`);
  });

  it('shows a member known by first name and initial only, as on a producer’s phone, and says so', async () => {
    await db.members.put({ id: 'partial', firstName: 'Paul', lastName: 'P.', deleted: false, demo: false, clocks: {} } as never);
    await renderDetail('partial');
    expect(await screen.findByRole('heading', { level: 1, name: 'Paul P.' })).toBeInTheDocument();
    expect(screen.getByText('Ce téléphone ne connaît de ce membre que son prénom et l’initiale de son nom.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Tous les membres' })).toHaveAttribute('href', '/members');
    expect(screen.queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument();
  });

  it('names an unnamed device by the end of its id, short enough to fit a phone', async () => {
    const device = '01JDA7Q9ZP8M3N4R2T5K6BAN3H';
    const unnamed = signUpArgs({ signupDeviceName: '', signupDeviceId: device, consentDeviceId: '01JDA7Q9ZP8M3N4R2TZZQW7Y4P' });
    expect((await mutate('member.signUp', unnamed)).ok).toBe(true);
    await renderDetail(unnamed.id);
    await screen.findByRole('heading', { level: 1, name: `${unnamed.firstName} Martin` });
    const devices = screen.getAllByText((_, element) => element?.tagName === 'DD' && /^appareil /.test(element.textContent ?? ''));
    expect(devices.map((dd) => dd.textContent)).toEqual(['appareil 5K6BAN3H', 'appareil ZZQW7Y4P']);
    expect(document.body.textContent).not.toContain(device);
  });

  it('keeps the sign-up of a record merged into this one', async () => {
    const twin = signUpArgs({
      firstName: 'Élodie',
      lastName: 'Durand',
      phone: '06 12 34 56 78',
      signupDeviceName: 'Téléphone de Marc',
      signupAt: '2026-06-21T10:00:00.000Z',
    });
    expect((await mutate('member.signUp', twin)).ok).toBe(true);
    expect((await mutate('member.merge', { keepId: elodie.id, mergeId: twin.id, groupIds: [] })).ok).toBe(true);
    await renderDetail();
    const merged = await screen.findByTestId('merged-signups');
    expect(merged).toHaveTextContent('Téléphone de Marc');
    expect(merged).toHaveTextContent(/21 juin 2026/);
    expect(document.body.textContent).toContain('Tablette du stand');
  });

  it('says "not found" for an unknown id', async () => {
    await renderDetail('01UNKNOWN');
    expect(await screen.findByRole('heading', { name: 'Membre introuvable' })).toBeInTheDocument();
  });

  it('says "not found" for a deleted member, even while its record is open', async () => {
    await renderDetail();
    await screen.findByRole('heading', { level: 1, name: 'Élodie Durand' });
    expect((await mutate('member.delete', { id: elodie.id })).ok).toBe(true);
    expect(await screen.findByRole('heading', { name: 'Membre introuvable' })).toBeInTheDocument();
  });

  it('refuses a malformed e-mail: the error is on the field and nothing is saved', async () => {
    const { user } = await openEditForm();
    const before = await stored();
    const outboxBefore = await db.outbox.count();

    const email = screen.getByLabelText('E-mail');
    await user.clear(email);
    await user.type(email, 'elodie@exemple');
    await user.clear(screen.getByLabelText('Prénom'));
    await user.type(screen.getByLabelText('Prénom'), 'Élo');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Cette adresse e-mail est mal formée (ex. nom@exemple.fr).')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('rien n’a été enregistré');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Cette adresse e-mail est mal formée (ex. nom@exemple.fr).');
    expect(screen.getByLabelText('Prénom')).not.toHaveAttribute('aria-invalid');
    expect(await stored()).toEqual(before);
    expect(await db.outbox.count()).toBe(outboxBefore);
  });

  it('asks for a contact when both phone and e-mail are cleared', async () => {
    const { user } = await openEditForm();
    await user.clear(screen.getByLabelText('Téléphone'));
    await user.clear(screen.getByLabelText('E-mail'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/Indiquez un téléphone ou un e-mail/)).toBeInTheDocument();
    expect(screen.getByLabelText('Téléphone')).toHaveAttribute('aria-invalid', 'true');
    expect((await stored())?.phone).toBe('+33612345678');
  });

  it('saves trimmed values, and only the fields that changed', async () => {
    const { user } = await openEditForm();
    await user.clear(screen.getByLabelText('Prénom'));
    await user.type(screen.getByLabelText('Prénom'), '  Élodie-Marie  ');
    await user.clear(screen.getByLabelText('Notes'));
    await user.type(screen.getByLabelText('Notes'), '  Vient à vélo ');
    await user.selectOptions(screen.getByLabelText('Quartier'), 'Couronneries');
    const eggs = screen.getByRole('button', { name: 'Œufs' });
    expect(eggs).toHaveAttribute('aria-pressed', 'true');
    await user.click(eggs);
    await user.click(screen.getByRole('button', { name: 'Miel' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Fiche enregistrée.')).toBeInTheDocument();
    const saved = await stored();
    expect(saved).toMatchObject({
      firstName: 'Élodie-Marie',
      notes: 'Vient à vélo',
      quarterId: couronneries.id,
      interests: ['vegetables', 'honey'],
      email: 'elodie@exemple.fr',
      householdSize: 3,
    });
    const last = await db.outbox.orderBy('mutationId').last();
    expect(last?.name).toBe('member.update');
    expect(Object.keys((last?.args as { patch: object }).patch).sort()).toEqual(['firstName', 'interests', 'notes', 'quarterId']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Élodie-Marie Durand' })).toBeInTheDocument();
  });

  it('adds the member to a group and removes them from one', async () => {
    const { user } = await renderDetail();
    const groups = await screen.findByRole('region', { name: 'Groupes' });
    await within(groups).findByRole('link', { name: 'AMAP des Couronneries' });

    await user.selectOptions(within(groups).getByLabelText('Ajouter à un groupe'), 'Épicerie solidaire du Clain');
    await user.click(within(groups).getByRole('button', { name: 'Ajouter au groupe' }));
    expect(await within(groups).findByRole('link', { name: 'Épicerie solidaire du Clain' })).toBeInTheDocument();
    expect(await db.groupMembers.where({ groupId: epicerie.id, memberId: elodie.id }).first()).toMatchObject({ deleted: false });

    await user.click(within(groups).getByRole('button', { name: 'Retirer du groupe AMAP des Couronneries' }));
    await expect.poll(() => within(groups).queryByRole('link', { name: 'AMAP des Couronneries' })).toBeNull();
    expect(await db.groupMembers.where({ groupId: amap.id, memberId: elodie.id }).first()).toMatchObject({ deleted: true });
  });

  it('deletes only after confirmation, leaves a tombstone and goes back to the list', async () => {
    const { user, location } = await renderDetail();
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    expect(screen.getByText(/Supprimer la fiche d’Élodie Durand/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect((await stored())?.deleted).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Supprimer' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
    await expect.poll(location).toBe('/members');
    expect(await stored()).toMatchObject({ id: elodie.id, deleted: true, firstName: '', lastName: '', phone: '' });

    await renderScreen(<MembersScreen />, { path: '/members' });
    expect(await screen.findByText('Aucun membre trouvé')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Élodie/ })).toBeNull();
  });

  describe('with contracts', () => {
    const producer = producerArgs();
    const offer = offerArgs(producer.id);
    const refs = { memberId: elodie.id, groupId: amap.id, offerId: offer.id };

    beforeEach(async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-04-14T09:00:00'));
      expect((await mutate('producer.create', producer)).ok).toBe(true);
      expect((await mutate('offer.create', offer)).ok).toBe(true);
    });
    afterEach(() => vi.useRealTimers());

    it('refuses to delete a member whose contracts still deliver today or later, and links to them', async () => {
      const season = contractArgs(refs, { deliveryDates: ['2026-04-07', '2026-04-14', '2026-04-21'] });
      const oneOff = contractArgs(refs, { kind: 'oneOff', startDate: '2026-04-14', endDate: '2026-04-14', deliveryDates: ['2026-04-14'] });
      for (const contract of [season, oneOff]) expect((await mutate('contract.create', contract)).ok).toBe(true);
      const { user } = await renderDetail();
      await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
      const card = screen.getByRole('group', { name: 'Supprimer' });
      expect(card).toHaveTextContent(
        'Cette personne a encore 2 contrats en cours (dernière livraison le mardi 21 avril) : supprimez-les ou attendez leur fin avant de supprimer la fiche.',
      );
      expect(within(card).getByRole('link', { name: 'Contrat livré jusqu’au mardi 21 avril' })).toHaveAttribute(
        'href',
        `/contracts/${season.id}`,
      );
      expect(within(card).getByRole('link', { name: 'Contrat livré jusqu’au mardi 14 avril' })).toHaveAttribute(
        'href',
        `/contracts/${oneOff.id}`,
      );
      expect(within(card).queryByRole('button', { name: 'Confirmer la suppression' })).toBeNull();
      await user.click(within(card).getByRole('button', { name: 'Fermer' }));
      expect(screen.queryByRole('group', { name: 'Supprimer' })).toBeNull();
      expect(await stored()).toMatchObject({ deleted: false, firstName: 'Élodie' });
      expect((await db.outbox.toArray()).filter((entry) => entry.name === 'member.delete')).toEqual([]);
    });

    it('deletes a member whose contracts have all been delivered', async () => {
      expect(
        (await mutate('contract.create', contractArgs(refs, { startDate: '2026-03-31', deliveryDates: ['2026-03-31', '2026-04-13'] }))).ok,
      ).toBe(true);
      const { user, location } = await renderDetail();
      await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
      await user.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
      await expect.poll(location).toBe('/members');
      expect((await stored())?.deleted).toBe(true);
    });
  });
});
