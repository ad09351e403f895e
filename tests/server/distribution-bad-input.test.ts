// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountWithPhone, push, startAuthApp, type AuthApp, type Phone } from '../helpers/auth-app';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../factories/entities';

let t: AuthApp;
let coordinator: Phone;
let refs: { memberId: string; groupId: string; offerId: string };

const rowsOf = (table: string) => t.sqlite.connection.prepare('SELECT id, data FROM rows WHERE tbl = ? ORDER BY id').all(table);

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coordination', name: 'Coordination', role: 'coordinator' });
  const producer = producerArgs();
  const group = groupArgs();
  const member = signUpArgs();
  const offer = offerArgs(producer.id);
  expect((await push(t.app, coordinator, 'producer.create', producer)).outcome).toMatchObject({ status: 'applied' });
  expect((await push(t.app, coordinator, 'group.create', group)).outcome).toMatchObject({ status: 'applied' });
  expect((await push(t.app, coordinator, 'member.signUp', member)).outcome).toMatchObject({ status: 'applied' });
  expect((await push(t.app, coordinator, 'offer.create', offer)).outcome).toMatchObject({ status: 'applied' });
  refs = { memberId: member.id, groupId: group.id, offerId: offer.id };
});
afterEach(async () => t.close());

describe('distribution day: bad input refused by the server too, with nothing stored', () => {
  it.each([
    ['a contract ending before it starts', { startDate: '2026-09-30', endDate: '2026-04-01' }, 'endDate', 'validation.endBeforeStart'],
    ['zero deliveries', { deliveryDates: [] }, 'deliveryDates', 'validation.noDeliveries'],
    ['a negative quantity', { quantity: -2 }, 'quantity', 'validation.quantityPositive'],
    ['a negative price', { pricePerDeliveryCents: -1 }, 'pricePerDeliveryCents', 'validation.priceNegative'],
  ])('%s', async (_label, override, path, message) => {
    const before = rowsOf('contracts');
    const { outcome } = await push(t.app, coordinator, 'contract.create', contractArgs(refs, override));
    expect(outcome).toMatchObject({ status: 'rejected', code: 'invalid' });
    expect(outcome?.status === 'rejected' ? outcome.issues : []).toContainEqual({ path, message });
    expect(rowsOf('contracts')).toEqual(before);
  });

  it('a check-off of a basket that does not exist, or belongs to another distribution', async () => {
    const contract = contractArgs(refs, { deliveryDates: ['2026-04-07'] });
    const due = distributionArgs(refs.groupId, { date: '2026-04-07' });
    const otherGroup = groupArgs();
    const elsewhere = distributionArgs(otherGroup.id, { date: '2026-04-07' });
    for (const [name, args] of [
      ['contract.create', contract],
      ['distribution.create', due],
      ['group.create', otherGroup],
      ['distribution.create', elsewhere],
    ] as const) {
      expect((await push(t.app, coordinator, name, args as never)).outcome).toMatchObject({ status: 'applied' });
    }
    const event = {
      contractId: contract.id,
      status: 'collected' as const,
      collectedBy: '',
      recordedAt: '2026-04-07T18:00:00.000Z',
      deviceId: 'phone',
    };
    const before = rowsOf('pickups');

    const otherDistribution = await push(t.app, coordinator, 'pickup.record', { ...event, distributionId: elsewhere.id });
    expect(otherDistribution.outcome).toMatchObject({
      status: 'rejected',
      issues: [{ path: 'contractId', message: 'validation.basketNotInDistribution' }],
    });
    const missing = await push(t.app, coordinator, 'pickup.record', { ...event, distributionId: due.id, contractId: 'no-such-basket' });
    expect(missing.outcome).toMatchObject({ status: 'rejected', code: 'notFound' });
    expect(rowsOf('pickups')).toEqual(before);

    expect((await push(t.app, coordinator, 'pickup.record', { ...event, distributionId: due.id })).outcome).toMatchObject({
      status: 'applied',
    });
    expect(rowsOf('pickups')).toHaveLength(1);
  });
});
