/** A member in a weekly group and a producer's offer at 15,50 €: what a contract needs. */
import { expect } from 'vitest';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { groupArgs, offerArgs, producerArgs, signUpArgs } from '../../../factories/entities';

export async function contractWorld() {
  const producer = producerArgs({ name: 'Jeanne Sillon' });
  const group = groupArgs({ name: 'AMAP des Trois-Cités', rhythm: 'weekly' });
  const otherGroup = groupArgs({ name: 'AMAP Beaulieu', rhythm: 'monthly' });
  const member = signUpArgs({ firstName: 'Élodie', lastName: 'Rousseau' });
  const offer = offerArgs(producer.id, { name: 'Panier de légumes', defaultPriceCents: 1550 });
  for (const [name, args] of [
    ['producer.create', producer],
    ['group.create', group],
    ['group.create', otherGroup],
    ['member.signUp', member],
    ['offer.create', offer],
  ] as const) {
    expect(await mutate(name, args as never)).toMatchObject({ ok: true });
  }
  expect(await mutate('groupMember.add', { groupId: group.id, memberId: member.id })).toMatchObject({ ok: true });
  return { producer, group, otherGroup, member, offer };
}

export async function counts() {
  return { contracts: await db.contracts.count(), outbox: await db.outbox.count() };
}
