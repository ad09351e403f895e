// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinId } from '../../src/domain/rows/ids';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import type { TableName } from '../../src/domain/rows/rows';
import type { LoginResponse, PullResponse } from '../../src/sync/protocol';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../factories/entities';
import {
  accountWithPhone,
  bearer,
  pullAll,
  PROTOCOL,
  push,
  startAuthApp,
  storeSnapshot,
  type AuthApp,
  type Phone,
  REFUSED,
} from '../helpers/auth-app';

let t: AuthApp;
let coordinator: Phone;
let animator: Phone;
const ownGroup = groupArgs();
const otherGroup = groupArgs();
const producer = producerArgs();
const offer = offerArgs(producer.id);
const ownMember = signUpArgs();
const otherMember = signUpArgs();
const ownDistribution = distributionArgs(ownGroup.id);
const otherDistribution = distributionArgs(otherGroup.id);
const ownContract = contractArgs({ memberId: ownMember.id, groupId: ownGroup.id, offerId: offer.id });
const otherContract = contractArgs({ memberId: otherMember.id, groupId: otherGroup.id, offerId: offer.id });

async function applied<N extends MutationName>(phone: Phone, name: N, args: MutationArgs<N>) {
  const result = await push(t.app, phone, name, args);
  expect(result.outcome).toMatchObject({ status: 'applied' });
}

/** Pushes a mutation the animator may not make, and proves the synced rows did not move. */
async function refused<N extends MutationName>(phone: Phone, name: N, args: MutationArgs<N>) {
  const rowsBefore = JSON.parse(await storeSnapshot(t.store))[0];
  const result = await push(t.app, phone, name, args);
  expect(result.outcome, name).toMatchObject(REFUSED);
  expect(JSON.parse(await storeSnapshot(t.store))[0]).toEqual(rowsBefore);
}

function pickupArgs(distributionId: string, contractId: string): MutationArgs<'pickup.record'> {
  return {
    distributionId,
    contractId,
    status: 'collected',
    collectedBy: '',
    recordedAt: '2026-04-07T18:10:00.000Z',
    deviceId: 'phone-camille',
  };
}

function idsOf(pulled: PullResponse, table: TableName): string[] {
  return pulled.changes
    .filter((change) => change.table === table)
    .map((change) => change.row.id)
    .sort();
}

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
  animator = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator', groupIds: [ownGroup.id] });
  await applied(coordinator, 'group.create', ownGroup);
  await applied(coordinator, 'group.create', otherGroup);
  await applied(coordinator, 'producer.create', producer);
  await applied(coordinator, 'offer.create', offer);
  await applied(coordinator, 'member.signUp', ownMember);
  await applied(coordinator, 'member.signUp', otherMember);
  await applied(coordinator, 'distribution.create', ownDistribution);
  await applied(coordinator, 'distribution.create', otherDistribution);
  await applied(coordinator, 'contract.create', ownContract);
  await applied(coordinator, 'contract.create', otherContract);
});
afterEach(async () => t.close());

describe('animator push on distribution days', () => {
  it('creates, edits and deletes distributions of its own groups only', async () => {
    const created = distributionArgs(ownGroup.id, { date: '2026-04-14' });
    await applied(animator, 'distribution.create', created);
    await applied(animator, 'distribution.update', { id: created.id, patch: { place: 'Préau de l’école' } });
    await applied(animator, 'distribution.delete', { id: created.id });

    await refused(animator, 'distribution.create', distributionArgs(otherGroup.id));
    await refused(animator, 'distribution.update', { id: otherDistribution.id, patch: { place: 'Ailleurs' } });
    await refused(animator, 'distribution.delete', { id: otherDistribution.id });
    // Neither overwriting another group's distribution under its id nor moving its own out of its groups.
    await refused(animator, 'distribution.create', { ...otherDistribution, groupId: ownGroup.id });
    await refused(animator, 'distribution.update', { id: ownDistribution.id, patch: { groupId: otherGroup.id } });
  });

  it('makes and changes contracts in its own groups only', async () => {
    const contract = contractArgs({ memberId: ownMember.id, groupId: ownGroup.id, offerId: offer.id });
    await applied(animator, 'contract.create', contract);
    await applied(animator, 'contract.update', { id: contract.id, patch: { quantity: 2 } });
    await applied(animator, 'contract.delete', { id: contract.id });

    await refused(animator, 'contract.create', contractArgs({ memberId: ownMember.id, groupId: otherGroup.id, offerId: offer.id }));
    // A contract in their group for someone else's member would bring that member's contacts to their phones.
    await refused(animator, 'contract.create', contractArgs({ memberId: otherMember.id, groupId: ownGroup.id, offerId: offer.id }));
    await refused(animator, 'contract.update', { id: ownContract.id, patch: { memberId: otherMember.id } });
    await refused(animator, 'contract.update', { id: otherContract.id, patch: { quantity: 3 } });
    await refused(animator, 'contract.update', { id: ownContract.id, patch: { groupId: otherGroup.id } });
    await refused(animator, 'contract.delete', { id: otherContract.id });
  });

  it('records absences, volunteers and check-offs at its own groups’ distributions only', async () => {
    await applied(animator, 'absence.declare', {
      distributionId: ownDistribution.id,
      memberId: ownMember.id,
      proxyName: 'Voisine',
      note: '',
    });
    await applied(animator, 'absence.cancel', { distributionId: ownDistribution.id, memberId: ownMember.id });
    await applied(animator, 'volunteer.take', { distributionId: ownDistribution.id, memberId: ownMember.id, task: 'Accueil' });
    await applied(animator, 'volunteer.release', { distributionId: ownDistribution.id, memberId: ownMember.id });
    await applied(animator, 'pickup.record', pickupArgs(ownDistribution.id, ownContract.id));

    await applied(coordinator, 'absence.declare', {
      distributionId: otherDistribution.id,
      memberId: otherMember.id,
      proxyName: '',
      note: '',
    });
    await applied(coordinator, 'volunteer.take', { distributionId: otherDistribution.id, memberId: otherMember.id, task: '' });
    await refused(animator, 'absence.declare', { distributionId: otherDistribution.id, memberId: ownMember.id, proxyName: '', note: '' });
    await refused(animator, 'absence.cancel', { distributionId: otherDistribution.id, memberId: otherMember.id });
    await refused(animator, 'volunteer.take', { distributionId: otherDistribution.id, memberId: ownMember.id, task: '' });
    await refused(animator, 'volunteer.release', { distributionId: otherDistribution.id, memberId: otherMember.id });
    await refused(animator, 'pickup.record', pickupArgs(otherDistribution.id, otherContract.id));
  });

  it('leaves offers to coordinators and producers', async () => {
    await refused(animator, 'offer.create', offerArgs(producer.id));
    await refused(animator, 'offer.update', { id: offer.id, patch: { defaultPriceCents: 1 } });
    await refused(animator, 'offer.delete', { id: offer.id });
  });
});

describe('animator pull on distribution days', () => {
  it('carries every offer, and contracts, distributions, absences, check-offs and volunteers of its groups only', async () => {
    await applied(coordinator, 'absence.declare', {
      distributionId: ownDistribution.id,
      memberId: ownMember.id,
      proxyName: 'Voisine',
      note: '',
    });
    await applied(coordinator, 'absence.declare', {
      distributionId: otherDistribution.id,
      memberId: otherMember.id,
      proxyName: '',
      note: '',
    });
    await applied(coordinator, 'volunteer.take', { distributionId: ownDistribution.id, memberId: ownMember.id, task: '' });
    await applied(coordinator, 'volunteer.take', { distributionId: otherDistribution.id, memberId: otherMember.id, task: '' });
    await applied(coordinator, 'pickup.record', pickupArgs(ownDistribution.id, ownContract.id));
    await applied(coordinator, 'pickup.record', pickupArgs(otherDistribution.id, otherContract.id));
    const otherOffer = offerArgs(producer.id);
    await applied(coordinator, 'offer.create', otherOffer);

    const pulled = await pullAll(t.app, animator);
    expect(idsOf(pulled, 'offers')).toEqual([offer.id, otherOffer.id].sort());
    expect(idsOf(pulled, 'contracts')).toEqual([ownContract.id]);
    expect(idsOf(pulled, 'distributions')).toEqual([ownDistribution.id]);
    expect(idsOf(pulled, 'absences')).toEqual([joinId(ownDistribution.id, ownMember.id)]);
    expect(idsOf(pulled, 'volunteers')).toEqual([joinId(ownDistribution.id, ownMember.id)]);
    expect(idsOf(pulled, 'pickups')).toEqual([joinId(ownDistribution.id, ownContract.id)]);
    // The day's list needs the names of the members holding a contract in its groups, and no one else's.
    expect(idsOf(pulled, 'members')).toEqual([ownMember.id]);
  });

  it('sends again a member pulled earlier out of scope, once a contract brings it in', async () => {
    const first = await pullAll(t.app, animator);
    expect(idsOf(first, 'members')).toEqual([ownMember.id]);
    const contract = contractArgs({ memberId: otherMember.id, groupId: ownGroup.id, offerId: offer.id });
    await applied(coordinator, 'contract.create', contract);

    const response = await t.app.inject({
      method: 'GET',
      url: `/api/sync/pull?clientId=${animator.clientId}&cursor=${first.cursor}&limit=2000`,
      headers: bearer(animator.token),
    });
    const next = response.json<PullResponse>();
    expect(idsOf(next, 'contracts')).toEqual([contract.id]);
    expect(idsOf(next, 'members')).toEqual([otherMember.id]);
  });
});

describe('login answer', () => {
  it('carries the animator’s groups and the producer’s row, in the login and /me answers', async () => {
    const password = 'correct horse battery';
    await t.accounts.createUser({ login: 'ferme', name: 'Ferme', role: 'producer', password, producerId: producer.id });
    const login = async (name: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: PROTOCOL,
        payload: { login: name, password, clientId: `login-${name}` },
      });
      expect(response.statusCode).toBe(200);
      return response.json<LoginResponse>();
    };
    const producerLogin = await login('ferme');
    expect(producerLogin.user).toMatchObject({ role: 'producer', producerId: producer.id, groupIds: [] });
    const animatorLogin = await login('camille');
    expect(animatorLogin.user).toMatchObject({ role: 'animator', producerId: null, groupIds: [ownGroup.id] });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(producerLogin.token) });
    expect(me.json<{ user: unknown }>().user).toEqual(producerLogin.user);
  });
});
