// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinId } from '../../src/domain/rows/ids';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import type { TableName } from '../../src/domain/rows/rows';
import { pullResponse, type PullResponse } from '../../src/sync/protocol';
import { areaArgs, contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../factories/entities';
import { REFUSED, accountWithPhone, bearer, push, startAuthApp, storeSnapshot, type AuthApp, type Phone } from '../helpers/auth-app';

let t: AuthApp;
let coordinator: Phone;
let farm: Phone;
const quarter = areaArgs({ name: 'Quartier des Couronneries' });
const group = groupArgs();
const groupWithoutFarm = groupArgs();
/** Both producers with every private field filled with something that cannot appear by chance. */
const producer = producerArgs({
  phone: '05 49 00 11 22',
  email: 'ferme.du.clain@example.org',
  notes: 'Paiement par virement le 5 du mois',
  mobilisation: 'selling',
});
const otherProducer = producerArgs({
  name: 'Bergerie des Alleuds',
  farm: 'GAEC des Alleuds',
  productKinds: ['goatCheese', 'meat'],
  phone: '05 49 98 76 54',
  email: 'bergerie.alleuds@example.org',
  notes: 'Hésite à rejoindre le groupe, relancer en mai',
  mobilisation: 'interested',
});
const offer = offerArgs(producer.id);
const otherOffer = offerArgs(otherProducer.id);
/** A customer of the farm, with every private field filled with something that cannot appear by chance. */
const customer = signUpArgs({
  firstName: 'Zoé',
  lastName: 'Vautrin-Delacroix',
  phone: '06 98 76 54 32',
  email: 'zoe.secret@example.org',
  quarterId: quarter.id,
  householdSize: 4,
  interests: ['eggs', 'bread'],
  notes: 'Allergique aux noix, code porte 4521',
  signupDeviceName: 'Tablette du stand Saint-Éloi',
});
const notACustomer = signUpArgs({ firstName: 'Octave', lastName: 'Personne', phone: '07 11 22 33 44', email: 'octave@example.org' });
const otherCustomer = signUpArgs({ firstName: 'Ines', lastName: 'Ailleurs' });
const distribution = distributionArgs(group.id);
const distributionWithoutFarm = distributionArgs(groupWithoutFarm.id);
const contract = contractArgs({ memberId: customer.id, groupId: group.id, offerId: offer.id }, { notes: 'Sans poireaux' });
const otherContract = contractArgs({ memberId: otherCustomer.id, groupId: group.id, offerId: otherOffer.id });

const MEMBER_KEYS = ['clocks', 'deleted', 'demo', 'firstName', 'id', 'lastName'];

async function applied<N extends MutationName>(phone: Phone, name: N, args: MutationArgs<N>) {
  const result = await push(t.app, phone, name, args);
  expect(result.outcome, name).toMatchObject({ status: 'applied' });
}

function pickupArgs(contractId: string): MutationArgs<'pickup.record'> {
  return {
    distributionId: distribution.id,
    contractId,
    status: 'collected',
    collectedBy: '',
    recordedAt: '2026-04-07T18:10:00.000Z',
    deviceId: 'phone-ferme',
  };
}

/** Exactly what the producer's device receives: the raw body of its pull. */
async function producerPull(cursor = 0): Promise<{ text: string; body: PullResponse }> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/sync/pull?clientId=${farm.clientId}&cursor=${cursor}&limit=2000`,
    headers: bearer(farm.token),
  });
  expect(response.statusCode).toBe(200);
  // Read as the app reads it: rows with their clocks unpacked.
  return { text: response.body, body: pullResponse.parse(response.json()) };
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
  farm = await accountWithPhone(t.accounts, { login: 'ferme', name: 'Ferme du Clain', role: 'producer', producerId: producer.id });
  await applied(coordinator, 'area.create', quarter);
  for (const g of [group, groupWithoutFarm]) await applied(coordinator, 'group.create', g);
  for (const p of [producer, otherProducer]) await applied(coordinator, 'producer.create', p);
  for (const o of [offer, otherOffer]) await applied(coordinator, 'offer.create', o);
  for (const m of [customer, notACustomer, otherCustomer]) await applied(coordinator, 'member.signUp', m);
  for (const d of [distribution, distributionWithoutFarm]) await applied(coordinator, 'distribution.create', d);
  for (const c of [contract, otherContract]) await applied(coordinator, 'contract.create', c);
  await applied(coordinator, 'absence.declare', {
    distributionId: distribution.id,
    memberId: customer.id,
    proxyName: 'Marcel',
    note: 'Clé sous le paillasson',
  });
  await applied(coordinator, 'absence.declare', { distributionId: distribution.id, memberId: otherCustomer.id, proxyName: '', note: '' });
  await applied(coordinator, 'volunteer.take', { distributionId: distribution.id, memberId: customer.id, task: 'Accueil' });
  await applied(coordinator, 'pickup.record', pickupArgs(otherContract.id));
});
afterEach(async () => t.close());

describe('what a producer’s device receives', () => {
  it('holds its own offers, contracts and check-offs, and the calendar of distributions', async () => {
    await applied(farm, 'pickup.record', pickupArgs(contract.id));
    const { body } = await producerPull();
    expect(idsOf(body, 'offers')).toEqual([offer.id]);
    expect(idsOf(body, 'contracts')).toEqual([contract.id]);
    expect(idsOf(body, 'pickups')).toEqual([joinId(distribution.id, contract.id)]);
    // The whole calendar: it holds no personal data, and a first contract may come after the calendar was made.
    expect(idsOf(body, 'distributions')).toContain(distribution.id);
    expect(idsOf(body, 'volunteers')).toEqual([]);
    expect(idsOf(body, 'events')).toEqual([]);
    expect(idsOf(body, 'groupMembers')).toEqual([]);
  });

  it('shows a customer as a first name and an initial, and nothing else of any member', async () => {
    const { text, body } = await producerPull();
    const members = body.changes.filter((change) => change.table === 'members').map((change) => change.row);
    expect(members).toHaveLength(1);
    const [member] = members;
    expect(member).toMatchObject({ id: customer.id, firstName: 'Zoé', lastName: 'V.', deleted: false });
    expect(Object.keys(member ?? {}).sort()).toEqual(MEMBER_KEYS);
    expect(Object.keys(member?.clocks ?? {}).every((field) => ['firstName', 'lastName', 'deleted', 'demo'].includes(field))).toBe(true);

    const stored = t.sqlite.connection.prepare("SELECT data FROM rows WHERE tbl = 'members' AND id = ?").get(customer.id) as {
      data: string;
    };
    const row = JSON.parse(stored.data) as Record<string, unknown>;
    const secrets = [
      row.lastName,
      row.phone,
      row.email,
      row.notes,
      row.signupDeviceName,
      row.signupAt,
      row.consentAt,
      'Clé sous le paillasson',
    ];
    for (const secret of secrets) {
      expect(typeof secret === 'string' && secret.length > 5, String(secret)).toBe(true);
      expect(text).not.toContain(secret as string);
    }
    // Members without a contract with this farm are not on the device at all.
    for (const other of [notACustomer, otherCustomer]) {
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(other.firstName);
    }
  });

  it('holds the proxy’s name of an absent customer, without the note, and no other member’s absence', async () => {
    const { body } = await producerPull();
    const absences = body.changes.filter((change) => change.table === 'absences').map((change) => change.row);
    expect(absences).toEqual([
      {
        id: joinId(distribution.id, customer.id),
        distributionId: distribution.id,
        memberId: customer.id,
        proxyName: 'Marcel',
        deleted: false,
        demo: false,
        clocks: expect.not.objectContaining({ note: expect.anything() }),
      },
    ]);
  });

  it('names a proxy, and whoever collected instead, as it names a member: first name and initial', async () => {
    await applied(coordinator, 'absence.declare', {
      distributionId: distribution.id,
      memberId: customer.id,
      proxyName: '  Claire  de Potiron ',
      note: '',
    });
    await applied(coordinator, 'pickup.record', { ...pickupArgs(contract.id), status: 'collectedByOther', collectedBy: 'Claire Potiron' });
    const { text, body } = await producerPull();
    const latest = (table: TableName) =>
      body.changes
        .filter((change) => change.table === table)
        .map((change) => change.row)
        .at(-1);
    expect(latest('absences')).toMatchObject({ memberId: customer.id, proxyName: 'Claire P.' });
    expect(latest('pickups')).toMatchObject({ status: 'collectedByOther', collectedBy: 'Claire P.' });
    expect(text).not.toContain('Potiron');
  });

  it('receives a customer it did not know, projected, once a contract makes them one', async () => {
    const first = await producerPull();
    const newContract = contractArgs({ memberId: notACustomer.id, groupId: group.id, offerId: offer.id });
    await applied(coordinator, 'contract.create', newContract);
    const { text, body } = await producerPull(first.body.cursor);
    expect(idsOf(body, 'contracts')).toEqual([newContract.id]);
    expect(body.changes.find((change) => change.table === 'members')?.row).toMatchObject({
      id: notACustomer.id,
      firstName: 'Octave',
      lastName: 'P.',
    });
    expect(text).not.toContain(notACustomer.phone);
    expect(text).not.toContain(notACustomer.email);
  });
});

describe('what a producer’s device receives of producers and contracts', () => {
  const storedRow = (table: TableName, id: string) => {
    const stored = t.sqlite.connection.prepare('SELECT data FROM rows WHERE tbl = ? AND id = ?').get(table, id) as { data: string };
    return JSON.parse(stored.data) as Record<string, unknown>;
  };
  const pulledRow = (body: PullResponse, table: TableName, id: string) =>
    body.changes.filter((change) => change.table === table && change.row.id === id).at(-1)?.row;

  it('holds another producer as the producers’ list shows them: no phone, e-mail, notes nor follow-up', async () => {
    const { text, body } = await producerPull();
    const other = pulledRow(body, 'producers', otherProducer.id);
    expect(other).toMatchObject({ name: 'Bergerie des Alleuds', farm: 'GAEC des Alleuds', productKinds: ['goatCheese', 'meat'] });
    for (const field of ['phone', 'email', 'notes', 'mobilisation']) {
      expect(other, field).not.toHaveProperty(field);
      expect(other?.clocks, field).not.toHaveProperty(field);
    }
    const stored = storedRow('producers', otherProducer.id);
    for (const secret of [stored.phone, stored.email, stored.notes]) {
      expect(typeof secret === 'string' && secret.length > 5, String(secret)).toBe(true);
      expect(text).not.toContain(secret as string);
    }
  });

  it('holds its own producer row whole', async () => {
    const { body } = await producerPull();
    const { phone, email, notes, mobilisation } = storedRow('producers', producer.id);
    expect(pulledRow(body, 'producers', producer.id)).toMatchObject({ ...producer, phone, email, notes, mobilisation });
    expect(mobilisation).toBe('selling');
  });

  it('holds its own contracts with what handing over and payment need, without the coordinator’s notes', async () => {
    const { text, body } = await producerPull();
    const held = pulledRow(body, 'contracts', contract.id);
    const { notes, ...rest } = contract;
    expect(notes).toBe('Sans poireaux');
    expect(held).toMatchObject({ ...rest, producerId: producer.id });
    expect(held).not.toHaveProperty('notes');
    expect(held?.clocks).not.toHaveProperty('notes');
    expect(text).not.toContain('Sans poireaux');
  });
});

describe('what a producer may push', () => {
  it('ticks its own basket, and is refused another producer’s basket with nothing changed', async () => {
    await applied(farm, 'pickup.record', pickupArgs(contract.id));
    const stored = t.sqlite.connection
      .prepare("SELECT data FROM rows WHERE tbl = 'pickups' AND id = ?")
      .get(joinId(distribution.id, contract.id)) as { data: string };
    expect(JSON.parse(stored.data)).toMatchObject({ status: 'collected', producerId: producer.id });

    const rowsBefore = JSON.parse(await storeSnapshot(t.store))[0];
    const attempt = await push(t.app, farm, 'pickup.record', { ...pickupArgs(otherContract.id), status: 'notCollected' });
    expect(attempt.outcome).toMatchObject(REFUSED);
    expect(JSON.parse(await storeSnapshot(t.store))[0]).toEqual(rowsBefore);
  });

  it('manages its own offers only, and nothing of the distribution day but its check-offs', async () => {
    const own = offerArgs(producer.id, { name: 'Pain au levain' });
    await applied(farm, 'offer.create', own);
    await applied(farm, 'offer.update', { id: own.id, patch: { defaultPriceCents: 450 } });
    await applied(farm, 'offer.delete', { id: own.id });

    const rowsBefore = JSON.parse(await storeSnapshot(t.store))[0];
    for (const attempt of [
      await push(t.app, farm, 'offer.create', offerArgs(otherProducer.id)),
      await push(t.app, farm, 'offer.create', { ...otherOffer, producerId: producer.id }),
      await push(t.app, farm, 'offer.update', { id: otherOffer.id, patch: { name: 'Mine now' } }),
      await push(t.app, farm, 'offer.update', { id: offer.id, patch: { producerId: otherProducer.id } }),
      await push(t.app, farm, 'offer.delete', { id: otherOffer.id }),
      await push(t.app, farm, 'contract.create', contractArgs({ memberId: notACustomer.id, groupId: group.id, offerId: offer.id })),
      await push(t.app, farm, 'contract.update', { id: contract.id, patch: { quantity: 5 } }),
      await push(t.app, farm, 'distribution.create', distributionArgs(group.id)),
      await push(t.app, farm, 'absence.declare', { distributionId: distribution.id, memberId: customer.id, proxyName: '', note: '' }),
      await push(t.app, farm, 'volunteer.take', { distributionId: distribution.id, memberId: customer.id, task: '' }),
    ]) {
      expect(attempt.outcome).toMatchObject(REFUSED);
    }
    expect(JSON.parse(await storeSnapshot(t.store))[0]).toEqual(rowsBefore);
  });
});
