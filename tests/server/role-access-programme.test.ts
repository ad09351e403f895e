// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinId } from '../../src/domain/rows/ids';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import type { TableName } from '../../src/domain/rows/rows';
import { eventArgs, initiativeArgs, outletArgs, partnerArgs, producerArgs, signUpArgs } from '../factories/entities';
import {
  FORBIDDEN,
  REFUSED,
  accountWithPhone,
  pullAll,
  push,
  startAuthApp,
  storeSnapshot,
  type AuthApp,
  type Phone,
} from '../helpers/auth-app';

let t: AuthApp;
let coordinator: Phone;
let animator: Phone;
let producerPhone: Phone;
const producer = producerArgs();
const partner = partnerArgs();
const initiative = initiativeArgs();
const outlet = outletArgs({ producerIds: [producer.id], initiativeId: initiative.id });
const coordinatorEvent = eventArgs();
const animatorEvent = eventArgs();

async function applied<N extends MutationName>(phone: Phone, name: N, args: MutationArgs<N>) {
  const result = await push(t.app, phone, name, args);
  expect(result.outcome).toMatchObject({ status: 'applied' });
}

const idsOf = (changes: { table: string; row: { id: string } }[], table: TableName) =>
  changes
    .filter((c) => c.table === table)
    .map((c) => c.row.id)
    .sort();

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
  animator = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator', groupIds: [] });
  producerPhone = await accountWithPhone(t.accounts, { login: 'ferme', name: 'Ferme', role: 'producer', producerId: producer.id });
  await applied(coordinator, 'producer.create', producer);
  await applied(coordinator, 'partner.create', partner);
  await applied(coordinator, 'initiative.create', initiative);
  await applied(coordinator, 'outlet.create', outlet);
  await applied(coordinator, 'event.create', coordinatorEvent);
  await applied(animator, 'event.create', animatorEvent);
});
afterEach(async () => t.close());

describe('programme tables, coordinator', () => {
  it('changes partners, initiatives, outlets and any attendance', async () => {
    await applied(coordinator, 'partner.update', { id: partner.id, patch: { notes: 'Réunion mensuelle' } });
    await applied(coordinator, 'outlet.update', { id: outlet.id, patch: { producerIds: [] } });
    await applied(coordinator, 'attendance.record', {
      eventId: animatorEvent.id,
      attendeeKind: 'producer',
      attendeeId: producer.id,
      present: true,
    });
    await applied(coordinator, 'initiative.delete', { id: initiative.id });
  });
});

describe('programme tables, animator', () => {
  it('is refused every change of partners, initiatives and outlets, and nothing changes', async () => {
    const before = JSON.parse(await storeSnapshot(t.store))[0];
    const attempts = [
      await push(t.app, animator, 'partner.create', partnerArgs()),
      await push(t.app, animator, 'partner.update', { id: partner.id, patch: { name: 'Renamed' } }),
      await push(t.app, animator, 'partner.delete', { id: partner.id }),
      await push(t.app, animator, 'initiative.create', initiativeArgs()),
      await push(t.app, animator, 'initiative.update', { id: initiative.id, patch: { description: 'no' } }),
      await push(t.app, animator, 'initiative.delete', { id: initiative.id }),
      await push(t.app, animator, 'outlet.create', outletArgs()),
      await push(t.app, animator, 'outlet.update', { id: outlet.id, patch: { notes: 'no' } }),
      await push(t.app, animator, 'outlet.delete', { id: outlet.id }),
    ];
    for (const attempt of attempts) expect(attempt.outcome).toMatchObject(FORBIDDEN);
    expect(JSON.parse(await storeSnapshot(t.store))[0]).toEqual(before);
  });

  it('records attendance at its own events only, and of members in its scope only', async () => {
    const atOwnEvent = signUpArgs({ signupEventId: animatorEvent.id });
    const outside = signUpArgs();
    await applied(coordinator, 'member.signUp', atOwnEvent);
    await applied(coordinator, 'member.signUp', outside);

    await applied(animator, 'attendance.record', {
      eventId: animatorEvent.id,
      attendeeKind: 'producer',
      attendeeId: producer.id,
      present: true,
    });
    await applied(animator, 'attendance.record', {
      eventId: animatorEvent.id,
      attendeeKind: 'member',
      attendeeId: atOwnEvent.id,
      present: true,
    });
    await applied(animator, 'attendance.record', {
      eventId: animatorEvent.id,
      attendeeKind: 'member',
      attendeeId: atOwnEvent.id,
      present: false,
    });
    // Partners present and unnamed visitors are the event's own fields: its owner sets them.
    await applied(animator, 'event.update', { id: animatorEvent.id, patch: { partnerIds: [partner.id], visitorCount: 40 } });

    const before = JSON.parse(await storeSnapshot(t.store))[0];
    for (const attempt of [
      await push(t.app, animator, 'attendance.record', {
        eventId: coordinatorEvent.id,
        attendeeKind: 'producer',
        attendeeId: producer.id,
        present: true,
      }),
      await push(t.app, animator, 'attendance.record', {
        eventId: animatorEvent.id,
        attendeeKind: 'member',
        attendeeId: outside.id,
        present: true,
      }),
      await push(t.app, animator, 'event.update', { id: coordinatorEvent.id, patch: { visitorCount: 3 } }),
    ]) {
      expect(attempt.outcome).toMatchObject(REFUSED);
    }
    expect(JSON.parse(await storeSnapshot(t.store))[0]).toEqual(before);
  });

  it('pulls partners, initiatives and outlets whole, and the attendance of its own events only', async () => {
    await applied(coordinator, 'attendance.record', {
      eventId: animatorEvent.id,
      attendeeKind: 'producer',
      attendeeId: producer.id,
      present: true,
    });
    await applied(coordinator, 'attendance.record', {
      eventId: coordinatorEvent.id,
      attendeeKind: 'producer',
      attendeeId: producer.id,
      present: true,
    });
    const pulled = await pullAll(t.app, animator);
    expect(idsOf(pulled.changes, 'partners')).toEqual([partner.id]);
    expect(idsOf(pulled.changes, 'initiatives')).toEqual([initiative.id]);
    expect(idsOf(pulled.changes, 'outlets')).toEqual([outlet.id]);
    expect(pulled.changes.find((c) => c.table === 'partners')?.row).toMatchObject({ name: partner.name, kind: partner.kind });
    expect(idsOf(pulled.changes, 'attendance')).toEqual([joinId(animatorEvent.id, producer.id)]);
  });
});

describe('programme tables, producer', () => {
  it('may change none of them, not even its own attendance', async () => {
    const before = JSON.parse(await storeSnapshot(t.store))[0];
    for (const attempt of [
      await push(t.app, producerPhone, 'partner.create', partnerArgs()),
      await push(t.app, producerPhone, 'initiative.update', { id: initiative.id, patch: { description: 'no' } }),
      await push(t.app, producerPhone, 'outlet.update', { id: outlet.id, patch: { producerIds: [] } }),
      await push(t.app, producerPhone, 'attendance.record', {
        eventId: coordinatorEvent.id,
        attendeeKind: 'producer',
        attendeeId: producer.id,
        present: true,
      }),
    ]) {
      expect(attempt.outcome).toMatchObject(REFUSED);
    }
    expect(JSON.parse(await storeSnapshot(t.store))[0]).toEqual(before);
  });

  it('pulls none of them, even an outlet it supplies or an event it attended', async () => {
    await applied(coordinator, 'attendance.record', {
      eventId: coordinatorEvent.id,
      attendeeKind: 'producer',
      attendeeId: producer.id,
      present: true,
    });
    const pulled = await pullAll(t.app, producerPhone);
    const tables = new Set(pulled.changes.map((c) => c.table));
    for (const table of ['partners', 'initiatives', 'outlets', 'attendance', 'events']) expect(tables.has(table as TableName)).toBe(false);
    expect(tables.has('producers')).toBe(true);
  });
});
