// @vitest-environment node
/**
 * Who pulls what of the payments: an animator, the status of their groups' instalments without the cheques' numbers
 * and banks; a producer, the instalments of their own contracts, cheques included; neither, anyone else's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import { paymentId } from '../../src/domain/payments/payment-entities';
import { pullResponse } from '../../src/sync/protocol';
import { contractArgs, groupArgs, offerArgs, paymentPlanArgs, paymentReceiveArgs, producerArgs, signUpArgs } from '../factories/entities';
import { accountWithPhone, bearer, push, startAuthApp, type AuthApp, type Phone } from '../helpers/auth-app';

let t: AuthApp;
let coordinator: Phone;
let animator: Phone;
let farm: Phone;
const group = groupArgs();
const otherGroup = groupArgs();
const producer = producerArgs();
const otherProducer = producerArgs();
const offer = offerArgs(producer.id);
const otherOffer = offerArgs(otherProducer.id);
const member = signUpArgs();
const contract = contractArgs({ memberId: member.id, groupId: group.id, offerId: offer.id });
const otherProducersContract = contractArgs({ memberId: member.id, groupId: group.id, offerId: otherOffer.id });
const otherGroupsContract = contractArgs({ memberId: member.id, groupId: otherGroup.id, offerId: offer.id });
/** A cheque number and bank that cannot appear by chance. */
const CHEQUE = { chequeNumber: '8675309', bank: 'Caisse Zéphyrine' };

async function applied<N extends MutationName>(phone: Phone, name: N, args: MutationArgs<N>) {
  expect((await push(t.app, phone, name, args)).outcome, name).toMatchObject({ status: 'applied' });
}

async function pulledPayments(phone: Phone) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/sync/pull?clientId=${phone.clientId}&cursor=0&limit=2000`,
    headers: bearer(phone.token),
  });
  expect(response.statusCode).toBe(200);
  const payments = pullResponse
    .parse(response.json())
    .changes.filter((change) => change.table === 'payments')
    .map((change) => change.row);
  return { text: response.body, payments };
}

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
  animator = await accountWithPhone(t.accounts, { login: 'anim', name: 'Camille', role: 'animator', groupIds: [group.id] });
  farm = await accountWithPhone(t.accounts, { login: 'ferme', name: 'Ferme', role: 'producer', producerId: producer.id });
  for (const g of [group, otherGroup]) await applied(coordinator, 'group.create', g);
  for (const p of [producer, otherProducer]) await applied(coordinator, 'producer.create', p);
  for (const o of [offer, otherOffer]) await applied(coordinator, 'offer.create', o);
  await applied(coordinator, 'member.signUp', member);
  for (const c of [contract, otherProducersContract, otherGroupsContract]) {
    await applied(coordinator, 'contract.create', c);
    await applied(coordinator, 'payment.planSet', paymentPlanArgs(c.id, 2));
  }
  await applied(animator, 'payment.receive', { ...paymentReceiveArgs(contract.id, 0), ...CHEQUE });
});
afterEach(async () => t.close());

describe('payments in pulls', () => {
  it('gives an animator their groups’ instalments and what became of them, never a cheque’s number or bank', async () => {
    const { text, payments } = await pulledPayments(animator);
    expect(payments.map((p) => p.id).sort()).toEqual(
      [
        paymentId(contract.id, 0),
        paymentId(contract.id, 1),
        paymentId(otherProducersContract.id, 0),
        paymentId(otherProducersContract.id, 1),
      ].sort(),
    );
    expect(payments.find((p) => p.id === paymentId(contract.id, 0))).toMatchObject({ receivedOn: '2026-04-07', amountCents: 1500 });
    expect(text).not.toContain(CHEQUE.chequeNumber);
    expect(text).not.toContain(CHEQUE.bank);
    expect(payments.every((p) => !('chequeNumber' in p) && !('bank' in p) && !('chequeNumber' in p.clocks))).toBe(true);
  });

  it('gives a producer its own contracts’ instalments, cheques included, and no one else’s', async () => {
    const { text, payments } = await pulledPayments(farm);
    expect(payments.map((p) => p.id).sort()).toEqual(
      [
        paymentId(contract.id, 0),
        paymentId(contract.id, 1),
        paymentId(otherGroupsContract.id, 0),
        paymentId(otherGroupsContract.id, 1),
      ].sort(),
    );
    expect(text).toContain(CHEQUE.chequeNumber);
  });

  it('refuses a producer’s confirmation of another producer’s cheque as if it did not exist', async () => {
    const { outcome } = await push(t.app, farm, 'payment.confirmHanded', {
      contractId: otherProducersContract.id,
      index: 0,
      confirmedAt: '2026-04-07T19:00:00.000Z',
    });
    expect(outcome).toMatchObject({ status: 'rejected', code: 'notFound' });
  });
});
