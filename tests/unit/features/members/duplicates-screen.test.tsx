import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { joinId } from '../../../../src/domain/rows/ids';
import { DuplicatesScreen } from '../../../../src/features/members/duplicates-screen';
import { renderScreen } from '../../../helpers/render';
import { areaArgs, groupArgs, signUpArgs } from '../../../factories/entities';
import { resetSync } from '../account/sync-fixtures';

beforeEach(resetSync);

const onPhoneA = signUpArgs({ firstName: 'Élodie', lastName: 'Durand', phone: '06 12 34 56 78', signupDeviceName: 'Téléphone A' });
const onPhoneB = signUpArgs({
  firstName: 'elodie',
  lastName: 'durand',
  phone: '+33 6 12 34 56 78',
  email: 'elodie@exemple.fr',
  signupDeviceName: 'Téléphone B',
});
const someoneElse = signUpArgs({ firstName: 'Marie', lastName: 'Martin', phone: '06 12 34 56 78' });
const amap = groupArgs({ name: 'AMAP des Couronneries' });

describe('DuplicatesScreen', () => {
  it('lists a probable duplicate with both records, asks to confirm, and merges into the one chosen', async () => {
    for (const args of [onPhoneA, onPhoneB, someoneElse]) expect((await mutate('member.signUp', args)).ok).toBe(true);
    expect((await mutate('group.create', amap)).ok).toBe(true);
    expect((await mutate('groupMember.add', { groupId: amap.id, memberId: onPhoneA.id })).ok).toBe(true);
    const user = userEvent.setup();
    await renderScreen(<DuplicatesScreen />, { path: '/duplicates' });

    const card = (await screen.findByRole('heading', { level: 2, name: 'Élodie Durand' })).closest('li') as HTMLElement;
    expect(card).toHaveTextContent('Probablement la même personne : même téléphone');
    expect(card).toHaveTextContent('Téléphone A');
    expect(card).toHaveTextContent('Téléphone B');
    expect(screen.queryByText(/Marie Martin/)).not.toBeInTheDocument();

    await user.click(within(card).getByRole('radio', { name: 'Garder la fiche 2 : elodie durand' }));
    await user.click(within(card).getByRole('button', { name: 'Fusionner…' }));
    const confirmation = within(card).getByRole('group', { name: 'Fusionner ces deux fiches ?' });
    expect(confirmation).toHaveTextContent('La fiche 2 est gardée');
    expect(confirmation).toHaveTextContent('06 12 34 56 78');
    expect(await db.members.get(onPhoneA.id)).toMatchObject({ deleted: false });
    await user.click(within(confirmation).getByRole('button', { name: 'Confirmer la fusion' }));

    expect(await screen.findByText('Aucun doublon possible.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Fiches fusionnées : elodie durand.');
    expect(await db.members.get(onPhoneA.id)).toMatchObject({ deleted: true, mergedInto: onPhoneB.id });
    expect(await db.members.get(onPhoneB.id)).toMatchObject({
      deleted: false,
      mergedSignups: [expect.objectContaining({ memberId: onPhoneA.id, signupDeviceName: 'Téléphone A' })],
    });
    expect(await db.groupMembers.get(joinId(amap.id, onPhoneB.id))).toMatchObject({ deleted: false });
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({
      name: 'member.merge',
      args: { keepId: onPhoneB.id, mergeId: onPhoneA.id, groupIds: [amap.id] },
    });
  });

  it('folds the possible duplicates (similar name, same quarter) away until asked for', async () => {
    const quarter = areaArgs({ name: 'Couronneries' });
    expect((await mutate('area.create', quarter)).ok).toBe(true);
    const marie = signUpArgs({ firstName: 'Marie', lastName: 'Martin', phone: '06 00 00 00 01', quarterId: quarter.id });
    const mraie = signUpArgs({ firstName: 'Mraie', lastName: 'Martin', phone: '06 00 00 00 02', quarterId: quarter.id });
    for (const args of [marie, mraie]) expect((await mutate('member.signUp', args)).ok).toBe(true);
    const user = userEvent.setup();
    await renderScreen(<DuplicatesScreen />, { path: '/duplicates' });
    const summary = await screen.findByText('1 doublon possible (nom proche, même quartier)');
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    await user.click(summary);
    const card = (await screen.findByRole('heading', { level: 2, name: 'Marie Martin' })).closest('li') as HTMLElement;
    expect(card).toHaveTextContent('Peut-être la même personne : nom proche, même quartier');
  });

  it('keeps, field by field, the value ticked in either record', async () => {
    for (const args of [onPhoneA, onPhoneB]) expect((await mutate('member.signUp', args)).ok).toBe(true);
    const user = userEvent.setup();
    await renderScreen(<DuplicatesScreen />, { path: '/duplicates' });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Élodie Durand' })).closest('li') as HTMLElement;
    // Record 1 is kept; it has no e-mail, so record 2's is ticked by default.
    expect(within(card).getByRole('radio', { name: 'E-mail de la fiche 2' })).toBeChecked();
    await user.click(within(card).getByRole('radio', { name: 'Nom de la fiche 2' }));
    await user.click(within(card).getByRole('button', { name: 'Fusionner…' }));
    await user.click(within(card).getByRole('button', { name: 'Retour' }));
    expect(within(card).queryByRole('group', { name: 'Fusionner ces deux fiches ?' })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Fusionner…' }));
    await user.click(within(card).getByRole('button', { name: 'Confirmer la fusion' }));
    await screen.findByText('Aucun doublon possible.');
    expect(await db.members.get(onPhoneA.id)).toMatchObject({
      deleted: false,
      firstName: 'elodie',
      lastName: 'durand',
      email: 'elodie@exemple.fr',
      phone: '+33612345678',
    });
    expect(await db.members.get(onPhoneB.id)).toMatchObject({ deleted: true, mergedInto: onPhoneA.id });
  });

  it('undoes a merge right after it: both records are back, with their values, sign-ups and groups', async () => {
    for (const args of [onPhoneA, onPhoneB]) expect((await mutate('member.signUp', args)).ok).toBe(true);
    expect((await mutate('group.create', amap)).ok).toBe(true);
    expect((await mutate('groupMember.add', { groupId: amap.id, memberId: onPhoneB.id })).ok).toBe(true);
    const before = { a: await db.members.get(onPhoneA.id), b: await db.members.get(onPhoneB.id) };
    const user = userEvent.setup();
    await renderScreen(<DuplicatesScreen />, { path: '/duplicates' });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Élodie Durand' })).closest('li') as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Fusionner…' }));
    await user.click(within(card).getByRole('button', { name: 'Confirmer la fusion' }));
    await user.click(await screen.findByRole('button', { name: 'Annuler' }));

    expect(await screen.findByText('Fusion annulée : les deux fiches sont revenues.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Élodie Durand' })).toBeInTheDocument();
    const pick = (m: unknown) => {
      const { firstName, lastName, phone, email, quarterId, notes, deleted } = m as Record<string, unknown>;
      return { firstName, lastName, phone, email, quarterId, notes, deleted };
    };
    expect(pick(await db.members.get(onPhoneA.id))).toEqual(pick(before.a));
    expect(pick(await db.members.get(onPhoneB.id))).toEqual(pick(before.b));
    expect((await db.members.get(onPhoneA.id))?.mergedSignups).toEqual([expect.objectContaining({ memberId: onPhoneB.id, undone: true })]);
    expect(await db.groupMembers.get(joinId(amap.id, onPhoneB.id))).toMatchObject({ deleted: false });
    expect(await db.groupMembers.get(joinId(amap.id, onPhoneA.id))).toMatchObject({ deleted: true });
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ name: 'member.unmerge' });
  });

  it('lists the duplicates among members known by first name and initial only, as on a producer’s phone', async () => {
    for (const args of [onPhoneA, onPhoneB]) expect((await mutate('member.signUp', args)).ok).toBe(true);
    await db.members.bulkPut([
      { id: 'partial-1', firstName: 'Élodie', lastName: 'D.', deleted: false, demo: false, clocks: {} },
      { id: 'partial-2', firstName: 'Élodie', lastName: 'D.', deleted: false, demo: false, clocks: {} },
    ] as never[]);
    await renderScreen(<DuplicatesScreen />, { path: '/duplicates' });
    expect(await screen.findAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: 'Élodie Durand' })).toBeInTheDocument();
  });

  it('names an unnamed device as the member page does, by the end of its id', async () => {
    const unnamed = { ...onPhoneA, id: 'unnamed', signupDeviceName: '', signupDeviceId: '01JDA7Q9ZP8M3N4R2T5K6BAN3H' };
    for (const args of [unnamed, onPhoneB]) expect((await mutate('member.signUp', args)).ok).toBe(true);
    await renderScreen(<DuplicatesScreen />, { path: '/duplicates' });
    const card = (await screen.findByRole('heading', { level: 2, name: 'elodie durand' })).closest('li') as HTMLElement;
    expect(card).toHaveTextContent('sur appareil 5K6BAN3H');
    expect(card).not.toHaveTextContent('sur —');
  });
});
