/** A distribution of the AMAP with three members, two producers and one proxy, for the check-off and producer tests. */
import { expect } from 'vitest';
import { mutate } from '../../../../src/db/mutators';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../../../factories/entities';

export async function seedDistribution() {
  const ok = async (result: Promise<{ ok: boolean }>) => expect((await result).ok).toBe(true);
  const farm = producerArgs({ name: 'Ferme du Clain' });
  const bakery = producerArgs({ name: 'Fournil des Couronneries' });
  const vegetables = offerArgs(farm.id, { name: 'Panier de légumes', unit: 'basket' });
  const apples = offerArgs(farm.id, { name: 'Pommes', unit: 'kg', productKind: 'fruit' });
  const bread = offerArgs(bakery.id, { name: 'Pain au levain', unit: 'loaf', productKind: 'bread' });
  const group = groupArgs({ name: 'AMAP des Couronneries' });
  const elodie = signUpArgs({ firstName: 'Élodie', lastName: 'Durand', phone: '+33 6 12 34 56 78', email: 'elodie.durand@exemple.fr' });
  const marc = signUpArgs({ firstName: 'Marc', lastName: 'Lefèvre', phone: '07 98 76 54 32', email: 'marc@exemple.fr' });
  const anne = signUpArgs({ firstName: 'Anne', lastName: 'Martin', phone: '06 11 22 33 44', email: 'anne.martin@exemple.fr' });
  for (const producer of [farm, bakery]) await ok(mutate('producer.create', producer));
  for (const offer of [vegetables, apples, bread]) await ok(mutate('offer.create', offer));
  await ok(mutate('group.create', group));
  for (const member of [elodie, marc, anne]) await ok(mutate('member.signUp', member));
  const contract = (memberId: string, offerId: string, overrides: Parameters<typeof contractArgs>[1] = {}) =>
    contractArgs({ memberId, groupId: group.id, offerId }, overrides);
  const contracts = {
    elodieVegetables: contract(elodie.id, vegetables.id, { size: 'medium' }),
    elodieApples: contract(elodie.id, apples.id, { quantity: 2, size: null }),
    marcVegetables: contract(marc.id, vegetables.id, { size: 'medium' }),
    marcBread: contract(marc.id, bread.id, { size: null }),
    anneVegetables: contract(anne.id, vegetables.id, { size: 'medium' }),
  };
  for (const args of Object.values(contracts)) await ok(mutate('contract.create', args));
  const distribution = distributionArgs(group.id, { date: '2026-04-07' });
  await ok(mutate('distribution.create', distribution));
  await ok(mutate('absence.declare', { distributionId: distribution.id, memberId: anne.id, proxyName: 'Paul Bernard', note: '' }));
  return { farm, bakery, group, elodie, marc, anne, contracts, distribution };
}
