// @vitest-environment node
/** The rules of the named mutations as the server applies them to what phones push, in the order it arrives. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedPhone } from '../../src/domain/people/phone';
import { encodeHlc } from '../../src/domain/rows/hlc';
import type { TableName } from '../../src/domain/rows/rows';
import type { SyncStore } from '../../src/server/store/store';
import { openTestStore, testStoreKind, type TestStore } from '../helpers/test-stores';
import { fullAccess } from '../../src/server/replication/access-policy';
import type { Actor } from '../../src/server/replication/actor';
import { applyPush } from '../../src/server/replication/push';
import { ServerClock } from '../../src/server/replication/server-clock';
import { areaArgs, eventArgs, groupArgs, producerArgs, signUpArgs } from '../factories/entities';

const NOW = 1_780_000_000_000;
let store: SyncStore;
let opened: TestStore;
let deps: Parameters<typeof applyPush>[2];

/** A phone of the coordinator's account, whose mutations get growing ids and the clocks given. */
function phone(clientId: string) {
  const actor: Actor = { userId: 'u1', role: 'coordinator', clientId, groupIds: [], producerId: null };
  let mutationId = 0;
  return async (name: string, args: unknown, atMs = NOW - 60_000 + mutationId) => {
    mutationId += 1;
    const hlc = encodeHlc({ wallMs: atMs, counter: 0, node: clientId });
    const response = await applyPush(actor, { clientId, mutations: [{ mutationId, name, args, hlc }] }, deps);
    return response.outcomes[0];
  };
}

const row = (table: TableName, id: string) => store.read(async (tx) => (await tx.getRow(table, id))?.row);

beforeEach(async () => {
  opened = await openTestStore(testStoreKind());
  store = opened.store;
  deps = { store, access: fullAccess, clock: new ServerClock('server', () => NOW), now: () => NOW };
});
afterEach(async () => opened.dispose());

describe('optional references to a row deleted meanwhile', () => {
  it('keeps a sign-up typed offline at a stand whose event and quarter another phone deleted', async () => {
    const [coordinator, stand] = [phone('phone-a'), phone('phone-b')];
    const quarter = areaArgs();
    const event = eventArgs({ quarterId: quarter.id });
    await coordinator('area.create', quarter);
    await coordinator('event.create', event);
    // The stand phone pulled the event, then went offline; meanwhile the coordinator removed it.
    await coordinator('event.delete', { id: event.id });
    await coordinator('area.delete', { id: quarter.id });

    const person = signUpArgs({ firstName: 'Awa', quarterId: quarter.id, signupEventId: event.id });
    expect(await stand('member.signUp', person)).toEqual({ mutationId: 1, status: 'applied' });
    expect(await row('members', person.id)).toMatchObject({
      firstName: 'Awa',
      phone: storedPhone(person.phone ?? ''),
      quarterId: null,
      signupEventId: null,
      deleted: false,
    });
  });
});

describe('a create with an id already taken', () => {
  it('is refused with "exists", neither replacing a live producer nor reviving a deleted one', async () => {
    const [first, second] = [phone('phone-a'), phone('phone-b')];
    const producer = producerArgs({ name: 'Ferme du Clain' });
    expect(await first('producer.create', producer)).toMatchObject({ status: 'applied' });

    const refusal = { status: 'rejected', code: 'exists', issues: [{ path: 'id', message: 'validation.exists' }] };
    expect(await second('producer.create', { ...producer, name: 'Remplacée' })).toMatchObject(refusal);
    expect(await row('producers', producer.id)).toMatchObject({ name: 'Ferme du Clain', deleted: false });

    await first('producer.delete', { id: producer.id });
    expect(await second('producer.create', producer)).toMatchObject(refusal);
    expect(await row('producers', producer.id)).toMatchObject({ deleted: true });
  });

  it('answers the resend of an applied sign-up as applied, by its mutation id', async () => {
    const actor: Actor = { userId: 'u1', role: 'coordinator', clientId: 'phone-a', groupIds: [], producerId: null };
    const mutation = {
      mutationId: 1,
      name: 'member.signUp',
      args: signUpArgs(),
      hlc: encodeHlc({ wallMs: NOW - 1000, counter: 0, node: 'phone-a' }),
    };
    await applyPush(actor, { clientId: 'phone-a', mutations: [mutation] }, deps);
    const resend = await applyPush(actor, { clientId: 'phone-a', mutations: [mutation] }, deps);
    expect(resend.outcomes).toEqual([{ mutationId: 1, status: 'applied' }]);
  });
});

describe('removing a member', () => {
  it('erases the person on the server, also when an edit from another phone with a later clock arrived first', async () => {
    const [a, b] = [phone('phone-a'), phone('phone-b')];
    const quarter = areaArgs();
    await a('area.create', quarter, NOW - 60_000);
    const person = signUpArgs({
      firstName: 'Awa',
      lastName: 'Diallo',
      email: 'awa@exemple.fr',
      notes: 'Allergique',
      quarterId: quarter.id,
    });
    await a('member.signUp', person, NOW - 50_000);
    // Phone A removed her offline; phone B, which had not seen it, edited her afterwards and synced first.
    expect(
      await b('member.update', { id: person.id, patch: { phone: '07 11 22 33 44', notes: 'Vient le samedi' } }, NOW - 10_000),
    ).toMatchObject({ status: 'applied' });
    expect(await a('member.delete', { id: person.id }, NOW - 20_000)).toMatchObject({ status: 'applied' });

    expect(await row('members', person.id)).toMatchObject({
      deleted: true,
      firstName: '',
      lastName: '',
      phone: '',
      email: '',
      notes: '',
      // What the figures read stays.
      quarterId: quarter.id,
      signupAt: person.signupAt,
    });
    // And a later edit is refused, so nothing fills them again.
    expect(await b('member.update', { id: person.id, patch: { notes: 'encore' } }, NOW - 5_000)).toMatchObject({
      status: 'rejected',
      code: 'deleted',
    });
    expect(await row('members', person.id)).toMatchObject({ notes: '' });
  });
});

describe('removing the example', () => {
  it('clears a real producer’s demo commune and a real group’s demo quarter, and keeps both', async () => {
    const coordinator = phone('phone-a');
    const [demoCommune, demoQuarter] = [areaArgs({ kind: 'commune' }), areaArgs()];
    const example = { areas: [demoCommune, demoQuarter], producers: [], groups: [], events: [], members: [], groupMembers: [] };
    expect(await coordinator('demo.load', example)).toMatchObject({ status: 'applied' });
    const producer = producerArgs({ communeId: demoCommune.id });
    const group = groupArgs({ quarterId: demoQuarter.id });
    await coordinator('producer.create', producer);
    await coordinator('group.create', group);

    const targets = [
      { table: 'areas', id: demoCommune.id },
      { table: 'areas', id: demoQuarter.id },
      { table: 'producers', id: producer.id },
      { table: 'groups', id: group.id },
    ];
    expect(await coordinator('demo.clear', { targets })).toMatchObject({ status: 'applied' });

    expect(await row('areas', demoCommune.id)).toMatchObject({ deleted: true });
    expect(await row('producers', producer.id)).toMatchObject({ deleted: false, name: producer.name, communeId: null });
    expect(await row('groups', group.id)).toMatchObject({ deleted: false, name: group.name, quarterId: null });
  });
});
