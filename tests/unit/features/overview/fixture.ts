/**
 * A small territory in the app's database, written through the mutators: the quarter Couronneries (an AMAP, six
 * people signed up in 2025, three of them at its June stand), a commune named like a formula (one consumer group),
 * and two people with no quarter who signed up in 2024.
 */
import { expect } from 'vitest';
import { mutate } from '../../../../src/db/mutators';
import { areaArgs, eventArgs, groupArgs, signUpArgs } from '../../../factories/entities';

export const quarter = areaArgs({ name: 'Couronneries', kind: 'quarter' });
export const commune = areaArgs({ name: '=HYPERLINK("x")', kind: 'commune' });
const stand = eventArgs({ name: 'Fête des Couronneries', date: '2025-06-14', quarterId: quarter.id });

const at = (day: string) => ({ signupAt: `${day}T10:00:00.000Z`, consentAt: `${day}T10:00:00.000Z` });

async function ok(result: Promise<{ ok: boolean }>) {
  expect(await result).toMatchObject({ ok: true });
}

export async function loadOverviewFixture() {
  await ok(mutate('area.create', quarter));
  await ok(mutate('area.create', commune));
  await ok(mutate('group.create', groupArgs({ kind: 'amap', quarterId: quarter.id })));
  await ok(mutate('group.create', groupArgs({ kind: 'consumerGroup', quarterId: commune.id })));
  await ok(mutate('event.create', stand));
  for (let i = 0; i < 6; i += 1) {
    await ok(
      mutate('member.signUp', signUpArgs({ quarterId: quarter.id, signupEventId: i < 3 ? stand.id : null, ...at(`2025-0${i + 2}-10`) })),
    );
  }
  for (let i = 0; i < 2; i += 1) await ok(mutate('member.signUp', signUpArgs({ quarterId: null, ...at('2024-05-10') })));
}
