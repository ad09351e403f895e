// @vitest-environment node
/**
 * An account that names rows beyond its scope, as an attacker with an account would: every argument that names a
 * row is checked, a row out of scope gets exactly the answer an unknown id gets (so ids cannot be probed), nothing
 * is stored, and the next pull carries nothing of it. The role is checked before the arguments are read, and a
 * rejection says a bounded amount whatever it is sent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/rows/ids';
import { MAX_ISSUES } from '../../src/domain/mutations/define';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import { MAX_PUSH_ISSUES } from '../../src/server/replication/push';
import { encodeHlc } from '../../src/domain/rows/hlc';
import { contractArgs, distributionArgs, eventArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../factories/entities';
import { accountWithPhone, bearer, pullAll, push, startAuthApp, storeSnapshot, type AuthApp, type Phone } from '../helpers/auth-app';

let t: AuthApp;
let coordinator: Phone;
let animator: Phone;
let producerPhone: Phone;
const ownGroup = groupArgs();
const otherGroup = groupArgs();
const producer = producerArgs();
const otherProducer = producerArgs();
const offer = offerArgs(producer.id);
const otherOffer = offerArgs(otherProducer.id);
const ownMember = signUpArgs();
const otherMember = signUpArgs({ phone: '06 99 88 77 66', email: 'secret@example.org', notes: 'Ne pas divulguer' });
const ownDistribution = distributionArgs(ownGroup.id);
const otherDistribution = distributionArgs(otherGroup.id);
const ownContract = contractArgs({ memberId: ownMember.id, groupId: ownGroup.id, offerId: offer.id });
const otherContract = contractArgs({ memberId: otherMember.id, groupId: otherGroup.id, offerId: otherOffer.id });
const coordinatorEvent = eventArgs();

async function applied<N extends MutationName>(phone: Phone, name: N, args: MutationArgs<N>) {
  expect((await push(t.app, phone, name, args)).outcome, name).toMatchObject({ status: 'applied' });
}

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
  animator = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator', groupIds: [ownGroup.id] });
  producerPhone = await accountWithPhone(t.accounts, { login: 'paul', name: 'Paul', role: 'producer', producerId: producer.id });
  for (const group of [ownGroup, otherGroup]) await applied(coordinator, 'group.create', group);
  for (const row of [producer, otherProducer]) await applied(coordinator, 'producer.create', row);
  for (const row of [offer, otherOffer]) await applied(coordinator, 'offer.create', row);
  for (const row of [ownMember, otherMember]) await applied(coordinator, 'member.signUp', row);
  for (const row of [ownDistribution, otherDistribution]) await applied(coordinator, 'distribution.create', row);
  for (const row of [ownContract, otherContract]) await applied(coordinator, 'contract.create', row);
  await applied(coordinator, 'groupMember.add', { groupId: ownGroup.id, memberId: ownMember.id });
  await applied(coordinator, 'groupMember.add', { groupId: otherGroup.id, memberId: otherMember.id });
  await applied(coordinator, 'event.create', coordinatorEvent);
});
afterEach(async () => t.close());

/** The same mutation naming a row out of scope, then an id nobody holds in its place: one answer, nothing stored. */
async function answeredAsUnknown<N extends MutationName>(phone: Phone, name: N, withRow: (id: string) => MutationArgs<N>, rowId: string) {
  const rows = async () => JSON.parse(await storeSnapshot(t.store))[0];
  const before = await rows();
  const outOfScope = (await push(t.app, phone, name, withRow(rowId))).outcome;
  const unknown = (await push(t.app, phone, name, withRow(newId()))).outcome;
  const what = `${name}: ${JSON.stringify(outOfScope)} / ${JSON.stringify(unknown)}`;
  expect(outOfScope?.status, what).toBe('rejected');
  expect({ ...outOfScope, mutationId: 0 }, what).toEqual({ ...unknown, mutationId: 0 });
  expect(await rows(), what).toEqual(before);
}

describe('a row out of scope is answered as an unknown one', () => {
  it('for an animator naming another group’s member in a contract, an absence or a volunteer shift', async () => {
    await answeredAsUnknown(
      animator,
      'contract.create',
      (memberId) => contractArgs({ memberId, groupId: ownGroup.id, offerId: offer.id }),
      otherMember.id,
    );
    await answeredAsUnknown(animator, 'contract.update', (memberId) => ({ id: ownContract.id, patch: { memberId } }), otherMember.id);
    await answeredAsUnknown(
      animator,
      'volunteer.take',
      (memberId) => ({ distributionId: ownDistribution.id, memberId, task: 'Accueil' }),
      otherMember.id,
    );
    await answeredAsUnknown(
      animator,
      'absence.declare',
      (memberId) => ({ distributionId: ownDistribution.id, memberId, proxyName: '', note: '' }),
      otherMember.id,
    );
    const pulled = JSON.stringify(await pullAll(t.app, animator));
    for (const secret of ['06 99 88 77 66', '+33699887766', 'secret@example.org', 'Ne pas divulguer', otherMember.id]) {
      expect(pulled).not.toContain(secret);
    }
  });

  it('for an animator naming another group, its distribution, its contract or someone else’s event', async () => {
    await answeredAsUnknown(animator, 'groupMember.add', (groupId) => ({ groupId, memberId: ownMember.id }), otherGroup.id);
    await answeredAsUnknown(animator, 'distribution.update', (id) => ({ id, patch: { place: 'Ailleurs' } }), otherDistribution.id);
    await answeredAsUnknown(animator, 'contract.delete', (id) => ({ id }), otherContract.id);
    await answeredAsUnknown(animator, 'event.update', (id) => ({ id, patch: { name: 'À moi' } }), coordinatorEvent.id);
    await answeredAsUnknown(animator, 'member.update', (id) => ({ id, patch: { notes: 'lu' } }), otherMember.id);
  });

  it('for a producer naming another producer’s basket or offer', async () => {
    await answeredAsUnknown(
      producerPhone,
      'pickup.record',
      (contractId) => ({
        distributionId: otherDistribution.id,
        contractId,
        status: 'collected',
        collectedBy: '',
        recordedAt: '2026-04-07T18:10:00.000Z',
        deviceId: producerPhone.clientId,
      }),
      otherContract.id,
    );
    await answeredAsUnknown(producerPhone, 'offer.update', (id) => ({ id, patch: { defaultPriceCents: 1 } }), otherOffer.id);
  });
});

describe('the role before the arguments, and bounded rejections', () => {
  /** A push of raw mutations, as a hostile client sends them (no schema on the way out). */
  async function rawPush(phone: Phone, mutations: { name: string; args: unknown }[]) {
    const first = phone.nextMutationId;
    phone.nextMutationId += mutations.length;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: bearer(phone.token),
      payload: {
        clientId: phone.clientId,
        mutations: mutations.map((m, i) => ({
          mutationId: first + i,
          ...m,
          hlc: encodeHlc({ wallMs: Date.now(), counter: i, node: phone.clientId }),
        })),
      },
    });
    expect(response.statusCode).toBe(200);
    return {
      body: response.body,
      outcomes: response.json<{ outcomes: { status: string; code?: string; issues?: unknown[] }[] }>().outcomes,
    };
  }

  const badMembers = (count: number) => Array.from({ length: count }, () => ({ id: 'not an id', firstName: 42 }));

  it('refuses a mutation the role never runs without reading its arguments', async () => {
    const { outcomes } = await rawPush(animator, [{ name: 'demo.load', args: { members: badMembers(300) } }]);
    expect(outcomes).toEqual([
      { mutationId: expect.any(Number), status: 'rejected', code: 'forbidden', issues: [{ path: '', message: 'validation.forbidden' }] },
    ]);
  });

  it('says at most MAX_ISSUES issues about one mutation, and a bounded amount about a whole push', async () => {
    const one = await rawPush(coordinator, [{ name: 'demo.load', args: { members: badMembers(1500) } }]);
    expect(one.outcomes[0]?.code).toBe('invalid');
    expect(one.outcomes[0]?.issues?.length).toBe(MAX_ISSUES + 1);
    expect(one.outcomes[0]?.issues?.at(-1)).toEqual({ path: '', message: 'validation.moreIssues' });

    const many = await rawPush(
      coordinator,
      Array.from({ length: 60 }, () => ({ name: 'demo.load', args: { members: badMembers(50) } })),
    );
    const issues = many.outcomes.reduce((sum, outcome) => sum + (outcome.issues?.length ?? 0), 0);
    expect(many.outcomes.every((outcome) => outcome.code === 'invalid')).toBe(true);
    expect(issues).toBeLessThanOrEqual(MAX_PUSH_ISSUES + many.outcomes.length);
    const stored = t.sqlite.connection.prepare('SELECT SUM(LENGTH(issues)) AS bytes FROM rejections').get() as { bytes: number };
    expect(stored.bytes).toBeLessThan(64 * 1024);
  });
});
