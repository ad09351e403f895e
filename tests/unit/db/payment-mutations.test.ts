import { beforeEach, describe, expect, it } from 'vitest';
import { runMutation } from '../../../src/db/mutate';
import type { MutationArgs, MutationName } from '../../../src/domain/mutations/registry';
import {
  contractArgs,
  distributionArgs,
  groupArgs,
  offerArgs,
  paymentPlanArgs,
  paymentReceiveArgs,
  producerArgs,
  signUpArgs,
} from '../../factories/entities';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('payments');
let contractId: string;
let distributionId: string;

async function run<N extends MutationName>(name: N, args: MutationArgs<N>) {
  return runMutation(db(), name, args);
}

beforeEach(async () => {
  const producer = producerArgs();
  const group = groupArgs();
  const member = signUpArgs();
  const offer = offerArgs(producer.id);
  const contract = contractArgs({ memberId: member.id, groupId: group.id, offerId: offer.id });
  const distribution = distributionArgs(group.id);
  await run('producer.create', producer);
  await run('group.create', group);
  await run('member.signUp', member);
  await run('offer.create', offer);
  await run('contract.create', contract);
  await run('distribution.create', distribution);
  contractId = contract.id;
  distributionId = distribution.id;
});

const live = async () => (await db().payments.where('contractId').equals(contractId).toArray()).filter((p) => !p.deleted);

describe('payment mutations', () => {
  it('sets a plan as one row per instalment, and a shorter plan removes the instalments past it', async () => {
    expect(await run('payment.planSet', paymentPlanArgs(contractId, 3))).toMatchObject({ ok: true });
    expect((await live()).map((p) => [p.index, p.amountCents, p.dueMonth])).toEqual([
      [0, 1500, '2026-04'],
      [1, 1500, '2026-05'],
      [2, 1500, '2026-06'],
    ]);
    expect(await run('payment.planSet', paymentPlanArgs(contractId, 1, 4500))).toMatchObject({ ok: true });
    expect((await live()).map((p) => [p.index, p.amountCents])).toEqual([[0, 4500]]);
  });

  it('keeps what was received when the plan is set again', async () => {
    await run('payment.planSet', paymentPlanArgs(contractId, 2));
    await run('payment.receive', paymentReceiveArgs(contractId, 0, '2026-04-07'));
    await run('payment.planSet', paymentPlanArgs(contractId, 2, 2250));
    expect(await live()).toMatchObject([
      { index: 0, amountCents: 2250, receivedOn: '2026-04-07' },
      { index: 1, amountCents: 2250 },
    ]);
  });

  it('records the same cheque twice as one row, made whole even without a plan', async () => {
    await run('payment.receive', paymentReceiveArgs(contractId, 0));
    await run('payment.receive', paymentReceiveArgs(contractId, 0));
    expect(await live()).toHaveLength(1);
    expect((await live())[0]).toMatchObject({ dueMonth: '2026-04', method: 'cheque', chequeNumber: '1000', receivedOn: '2026-04-07' });
  });

  it('hands a cheque over, has it confirmed and cashed, each step its own field', async () => {
    await run('payment.receive', paymentReceiveArgs(contractId, 0));
    await run('payment.handOver', { contractId, index: 0, distributionId });
    await run('payment.confirmHanded', { contractId, index: 0, confirmedAt: '2026-04-07T19:00:00.000Z' });
    await run('payment.cash', { contractId, index: 0, cashedIn: '2026-05' });
    expect((await live())[0]).toMatchObject({ handedAt: distributionId, confirmedAt: '2026-04-07T19:00:00.000Z', cashedIn: '2026-05' });
  });

  it('refuses steps on an instalment that does not exist, an unknown contract and bad input, changing nothing', async () => {
    const outbox = await db().outbox.count();
    expect(await run('payment.handOver', { contractId, index: 4, distributionId })).toMatchObject({ ok: false, code: 'notFound' });
    expect(await run('payment.receive', paymentReceiveArgs('nope', 0))).toMatchObject({ ok: false, code: 'notFound' });
    const bad = {
      ...paymentPlanArgs(contractId, 1),
      instalments: [{ ...paymentPlanArgs(contractId, 1).instalments[0], dueMonth: '2026-13' }],
    };
    expect(await run('payment.planSet', bad as never)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await db().outbox.count()).toBe(outbox);
    expect(await live()).toEqual([]);
  });
});
