import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { joinId } from '../../../../src/domain/rows/ids';
import { DuplicatesScreen } from '../../../../src/features/members/duplicates-screen';
import { renderScreen } from '../../../helpers/render';
import { groupArgs, signUpArgs } from '../../../factories/entities';
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
  it('lists a possible duplicate with both records and merges into the one chosen', async () => {
    for (const args of [onPhoneA, onPhoneB, someoneElse]) expect((await mutate('member.signUp', args)).ok).toBe(true);
    expect((await mutate('group.create', amap)).ok).toBe(true);
    expect((await mutate('groupMember.add', { groupId: amap.id, memberId: onPhoneA.id })).ok).toBe(true);
    const user = userEvent.setup();
    await renderScreen(<DuplicatesScreen />, { path: '/duplicates' });

    const card = (await screen.findByRole('heading', { level: 2, name: 'Élodie Durand' })).closest('li') as HTMLElement;
    expect(card).toHaveTextContent('Même nom et même téléphone');
    expect(card).toHaveTextContent('Téléphone A');
    expect(card).toHaveTextContent('Téléphone B');
    expect(screen.queryByText(/Marie Martin/)).not.toBeInTheDocument();

    await user.click(within(card).getByRole('radio', { name: 'Garder la fiche 2 : elodie durand' }));
    await user.click(within(card).getByRole('button', { name: 'Fusionner' }));

    expect(await screen.findByText('Aucun doublon possible.')).toBeInTheDocument();
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
