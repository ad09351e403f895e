/**
 * A group with four past distributions (April 2026) and one far ahead (2099), so "past" and "upcoming" hold
 * whatever day the tests run. Check-offs: Marc collected at all four, Élodie at three, Nadia at one, Eve at none.
 */
import { expect } from 'vitest';
import { mutate } from '../../../../src/db/mutators';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../../../factories/entities';

export const PAST = ['2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28'] as const;
export const FUTURE = '2099-06-02';

export const producer = producerArgs({ name: 'Ferme du Clain' });
export const vegetables = offerArgs(producer.id, { name: 'Panier de légumes' });
export const eggs = offerArgs(producer.id, { name: 'Œufs', unit: 'dozen', productKind: 'eggs' });
export const amap = groupArgs({ name: 'AMAP des Couronneries', place: 'Maison de quartier des Couronneries' });
export const elodie = signUpArgs({ firstName: 'Élodie', lastName: 'Durand' });
export const marc = signUpArgs({ firstName: 'Marc', lastName: 'Lefèvre' });
export const nadia = signUpArgs({ firstName: 'Nadia', lastName: 'Benali' });
export const eve = signUpArgs({ firstName: 'Eve', lastName: '=cmd()' });
export const members = [elodie, marc, nadia, eve];

const season = (memberId: string) =>
  contractArgs(
    { memberId, groupId: amap.id, offerId: vegetables.id },
    { startDate: '2026-04-01', endDate: '2099-12-31', deliveryDates: [...PAST, FUTURE], size: 'medium' },
  );
export const contracts = Object.fromEntries(members.map((m) => [m.id, season(m.id)]));
export const elodieEggs = contractArgs(
  { memberId: elodie.id, groupId: amap.id, offerId: eggs.id },
  { kind: 'oneOff', startDate: FUTURE, endDate: FUTURE, deliveryDates: [FUTURE], quantity: 2, size: null },
);
export const past = PAST.map((date) => distributionArgs(amap.id, { date, volunteersNeeded: 2 }));
export const future = distributionArgs(amap.id, {
  date: FUTURE,
  startTime: '18:00',
  endTime: '19:30',
  place: 'Salle polyvalente',
  volunteersNeeded: 2,
});

const COLLECTED: Record<string, number[]> = { [marc.id]: [0, 1, 2, 3], [elodie.id]: [0, 1, 2], [nadia.id]: [0], [eve.id]: [] };

async function ok(result: Promise<{ ok: boolean }>) {
  expect(await result).toMatchObject({ ok: true });
}

export async function loadFixture() {
  await ok(mutate('producer.create', producer));
  await ok(mutate('offer.create', vegetables));
  await ok(mutate('offer.create', eggs));
  await ok(mutate('group.create', amap));
  for (const member of members) {
    await ok(mutate('member.signUp', member));
    await ok(mutate('groupMember.add', { groupId: amap.id, memberId: member.id }));
    await ok(mutate('contract.create', contracts[member.id]));
  }
  await ok(mutate('contract.create', elodieEggs));
  for (const distribution of [...past, future]) await ok(mutate('distribution.create', distribution));
  for (const [memberId, indexes] of Object.entries(COLLECTED)) {
    for (const index of indexes) {
      await ok(
        mutate('pickup.record', {
          distributionId: past[index].id,
          contractId: contracts[memberId].id,
          status: 'collected',
          collectedBy: '',
          recordedAt: `${PAST[index]}T18:10:00.000Z`,
          deviceId: 'test-device',
        }),
      );
    }
  }
  await ok(
    mutate('pickup.record', {
      distributionId: past[3].id,
      contractId: contracts[eve.id].id,
      status: 'notCollected',
      collectedBy: '',
      recordedAt: `${PAST[3]}T19:40:00.000Z`,
      deviceId: 'test-device',
    }),
  );
  // Ahead of the 2099 distribution: Marc is away, Jeanne collects for Nadia.
  await ok(mutate('absence.declare', { distributionId: future.id, memberId: marc.id, proxyName: '', note: 'en vacances' }));
  await ok(mutate('absence.declare', { distributionId: future.id, memberId: nadia.id, proxyName: 'Jeanne Petit', note: '' }));
}
