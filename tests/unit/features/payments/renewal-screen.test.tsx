import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { RenewalScreen } from '../../../../src/features/payments/renewal-screen';
import { renewedContractId } from '../../../../src/domain/distribution/contract-renewal';
import { paymentId } from '../../../../src/domain/payments/payment-entities';
import { resetAppDb } from '../../../helpers/app-db';
import { renderScreen } from '../../../helpers/render';
import { signInAsCoordinator } from '../../../factories/sessions';
import { contractArgs, groupArgs, offerArgs, paymentPlanArgs, producerArgs, signUpArgs } from '../../../factories/entities';

const producer = producerArgs();
const offer = offerArgs(producer.id, { name: 'Panier de légumes' });
const group = groupArgs({ name: 'AMAP des Couronneries', rhythm: 'weekly' });
const awa = signUpArgs({ firstName: 'Awa', lastName: 'Diallo' });
const leo = signUpArgs({ firstName: 'Léo', lastName: 'Martin' });
const contracts = [awa, leo].map((m) => contractArgs({ memberId: m.id, groupId: group.id, offerId: offer.id }));

beforeEach(async () => {
  await resetAppDb();
  await signInAsCoordinator();
  for (const [name, args] of [
    ['producer.create', producer],
    ['offer.create', offer],
    ['group.create', group],
    ['member.signUp', awa],
    ['member.signUp', leo],
    ...contracts.map((c) => ['contract.create', c] as const),
    ['payment.planSet', paymentPlanArgs(contracts[0]?.id as string, 3)],
  ] as const) {
    expect(await mutate(name, args as never)).toMatchObject({ ok: true });
  }
});

describe('RenewalScreen', () => {
  it('previews last season’s contracts, renews those left in with their plan, and never twice', async () => {
    const user = userEvent.setup();
    await renderScreen(<RenewalScreen />, { path: '/contracts/renew' });
    await screen.findByRole('option', { name: 'AMAP des Couronneries' });
    await user.selectOptions(screen.getByLabelText('Groupe'), group.id);
    await user.type(screen.getByLabelText('Début de la nouvelle saison'), '2027-04-06');
    await user.type(screen.getByLabelText('Fin de la nouvelle saison'), '2027-04-27');
    const preview = await screen.findByRole('list', { name: 'Contrats à renouveler' });
    expect(within(preview).getAllByRole('checkbox')).toHaveLength(2);
    expect(await db.contracts.count()).toBe(2);
    await user.click(within(preview).getByRole('checkbox', { name: /Léo Martin/ }));
    await user.click(screen.getByRole('button', { name: 'Renouveler 1 contrat' }));
    expect(await screen.findByRole('status')).toHaveTextContent('1 contrat renouvelé.');
    const id = renewedContractId(contracts[0]?.id as string, '2027-04-06');
    expect(await db.contracts.get(id)).toMatchObject({
      memberId: awa.id,
      deliveryDates: ['2027-04-06', '2027-04-13', '2027-04-20', '2027-04-27'],
    });
    expect(await db.payments.get(paymentId(id, 2))).toMatchObject({ amountCents: 2000, dueMonth: '2027-06' });
    expect(await db.contracts.count()).toBe(3);
    await waitFor(() => expect(within(preview).getByRole('checkbox', { name: /Awa Diallo/ })).toBeDisabled());
  });
});
