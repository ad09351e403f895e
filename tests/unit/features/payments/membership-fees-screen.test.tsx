import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { MembershipFeesScreen } from '../../../../src/features/payments/membership-fees-screen';
import { membershipFeeId } from '../../../../src/domain/payments/payment-entities';
import { localToday } from '../../../../src/domain/format/day-format';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { signInAsCoordinator } from '../../../factories/sessions';
import { groupArgs, signUpArgs } from '../../../factories/entities';

const group = groupArgs({ name: 'AMAP des Couronneries' });
const awa = signUpArgs({ firstName: 'Awa', lastName: 'Diallo' });
const outsider = signUpArgs({ firstName: 'Zoé', lastName: 'Ailleurs' });

beforeEach(async () => {
  await resetAppDb();
  await signInAsCoordinator();
  for (const [name, args] of [
    ['group.create', group],
    ['member.signUp', awa],
    ['member.signUp', outsider],
    ['groupMember.add', { groupId: group.id, memberId: awa.id }],
  ] as const) {
    expect(await mutate(name, args as never)).toMatchObject({ ok: true });
  }
});

describe('MembershipFeesScreen', () => {
  it('lists the group’s members and records a fee paid today at the amount typed', async () => {
    const user = userEvent.setup();
    await renderScreen(<MembershipFeesScreen groupId={group.id} />, { path: `/groups/${group.id}/fees` });
    const list = await screen.findByRole('list', { name: 'Membres du groupe' });
    await waitFor(() => expect(within(list).getAllByRole('checkbox')).toHaveLength(1));
    const amount = screen.getByLabelText('Montant de l’adhésion (€)');
    await user.clear(amount);
    await user.type(amount, '15');
    await user.click(within(list).getByRole('checkbox', { name: 'Awa Diallo' }));
    const year = Number(localToday().slice(0, 4));
    await waitFor(async () =>
      expect(await db.membershipFees.get(membershipFeeId({ groupId: group.id, memberId: awa.id, year }))).toMatchObject({
        amountCents: 1500,
        paidOn: localToday(),
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Adhésions payées : 1 sur 1');
  });
});
