// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinId } from '../../src/domain/rows/ids';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import type { TableName } from '../../src/domain/rows/rows';
import { accessFor } from '../../src/server/replication/role-access';
import { fullAccess } from '../../src/server/replication/access-policy';
import type { Actor } from '../../src/server/replication/actor';
import { areaArgs, eventArgs, groupArgs, producerArgs, signUpArgs } from '../factories/entities';
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
const area = areaArgs();
const ownGroup = groupArgs();
const otherGroup = groupArgs();
const producer = producerArgs();
const otherProducer = producerArgs();
const coordinatorEvent = eventArgs();

async function applied<N extends MutationName>(phone: Phone, name: N, args: MutationArgs<N>) {
  const result = await push(t.app, phone, name, args);
  expect(result.outcome).toMatchObject({ status: 'applied' });
}

function storedRow(table: TableName, id: string): Promise<unknown> {
  return t.store.accountsDb.get('SELECT * FROM rows WHERE tbl = ? AND id = ?', [table, id]);
}

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
  animator = await accountWithPhone(t.accounts, { login: 'camille', name: 'Camille', role: 'animator', groupIds: [ownGroup.id] });
  producerPhone = await accountWithPhone(t.accounts, { login: 'ferme', name: 'Ferme', role: 'producer', producerId: producer.id });
  await applied(coordinator, 'area.create', area);
  await applied(coordinator, 'group.create', ownGroup);
  await applied(coordinator, 'group.create', otherGroup);
  await applied(coordinator, 'producer.create', producer);
  await applied(coordinator, 'producer.create', otherProducer);
  await applied(coordinator, 'event.create', coordinatorEvent);
});
afterEach(async () => t.close());

describe('policy per role', () => {
  it('says a table is seen whole only where projecting gives back the stored row as it is', async () => {
    // A pull sends the stored text of those tables without calling project: both must agree.
    const actors: Actor[] = [
      { userId: coordinator.userId, role: 'coordinator', clientId: coordinator.clientId, groupIds: [], producerId: null },
      { userId: animator.userId, role: 'animator', clientId: animator.clientId, groupIds: [ownGroup.id], producerId: null },
      { userId: producerPhone.userId, role: 'producer', clientId: producerPhone.clientId, groupIds: [], producerId: producer.id },
    ];
    const checked = await t.store.read(async (tx) => {
      let whole = 0;
      for (const actor of actors) {
        const access = accessFor(actor);
        for (const entry of await tx.changesAfter(0, 1000)) {
          if (!access.seesWhole(actor, entry.table)) continue;
          expect(await access.project(actor, entry, tx)).toEqual(entry.row);
          whole += 1;
        }
      }
      return whole;
    });
    expect(checked).toBeGreaterThan(0);
  });

  it('gives the coordinator full access and the other roles their own policy', () => {
    const actor = (role: 'coordinator' | 'animator' | 'producer') => ({ userId: 'u', role, clientId: 'c', groupIds: [], producerId: null });
    expect(accessFor(actor('coordinator'))).toBe(fullAccess);
    expect(accessFor(actor('animator'))).not.toBe(fullAccess);
    expect(accessFor(actor('producer'))).not.toBe(accessFor(actor('animator')));
  });
});

/** Members signed up by the coordinator: at the animator's own event, in its group, outside, in another group. */
async function membersAroundTheAnimator() {
  const ownEvent = eventArgs();
  await applied(animator, 'event.create', ownEvent);
  const atOwnEvent = signUpArgs({ signupEventId: ownEvent.id });
  const inOwnGroup = signUpArgs();
  const outside = signUpArgs();
  const inOtherGroup = signUpArgs();
  for (const member of [atOwnEvent, inOwnGroup, outside, inOtherGroup]) await applied(coordinator, 'member.signUp', member);
  await applied(coordinator, 'groupMember.add', { groupId: ownGroup.id, memberId: inOwnGroup.id });
  await applied(coordinator, 'groupMember.add', { groupId: otherGroup.id, memberId: inOtherGroup.id });
  return { ownEvent, atOwnEvent, inOwnGroup, outside, inOtherGroup };
}

describe('animator push', () => {
  it('is refused producer, area, group and demo mutations with forbidden, and the rows stay as they were', async () => {
    const before = await storeSnapshot(t.store);
    const producerBefore = await storedRow('producers', producer.id);
    const attempts = [
      await push(t.app, animator, 'producer.update', { id: producer.id, patch: { name: 'Renamed' } }),
      await push(t.app, animator, 'area.create', areaArgs()),
      await push(t.app, animator, 'group.update', { id: ownGroup.id, patch: { name: 'Mine now' } }),
      await push(t.app, animator, 'demo.clear', { targets: [] }),
      await push(t.app, animator, 'event.delete', { id: coordinatorEvent.id }),
    ];
    for (const attempt of attempts) expect(attempt.outcome).toMatchObject(FORBIDDEN);
    expect(await storedRow('producers', producer.id)).toEqual(producerBefore);
    // Only the rejections (and this phone's counter) were recorded: no synced row changed.
    expect(JSON.parse(await storeSnapshot(t.store))[0]).toEqual(JSON.parse(before)[0]);
  });

  it('signs people up and runs their own events, but cannot edit another account event', async () => {
    const own = eventArgs();
    await applied(animator, 'event.create', own);
    await applied(animator, 'event.update', { id: own.id, patch: { place: 'Square' } });
    await applied(animator, 'member.signUp', signUpArgs({ signupEventId: coordinatorEvent.id }));
    const other = await push(t.app, animator, 'event.update', { id: coordinatorEvent.id, patch: { place: 'Elsewhere' } });
    expect(other.outcome).toMatchObject(REFUSED);
    // Re-creating an existing event under its id would overwrite it: refused too.
    const overwrite = await push(t.app, animator, 'event.create', { ...coordinatorEvent, name: 'Hijacked' });
    expect(overwrite.outcome).toMatchObject(REFUSED);
    expect(((await storedRow('events', coordinatorEvent.id)) as { data: string }).data).not.toContain('Hijacked');
  });

  it('edits members in scope only: own sign-ups, sign-ups at own events, members of own groups', async () => {
    const { atOwnEvent, inOwnGroup, outside, inOtherGroup } = await membersAroundTheAnimator();
    const mine = signUpArgs();
    await applied(animator, 'member.signUp', mine);

    for (const member of [atOwnEvent, inOwnGroup, mine])
      await applied(animator, 'member.update', { id: member.id, patch: { notes: 'vu au marché' } });
    for (const member of [outside, inOtherGroup]) {
      const before = await storedRow('members', member.id);
      expect((await push(t.app, animator, 'member.update', { id: member.id, patch: { notes: 'no' } })).outcome).toMatchObject(REFUSED);
      expect((await push(t.app, animator, 'member.delete', { id: member.id })).outcome).toMatchObject(REFUSED);
      // A sign-up may not reuse someone else's member id to overwrite them.
      expect((await push(t.app, animator, 'member.signUp', { ...signUpArgs(), id: member.id })).outcome).toMatchObject(REFUSED);
      expect(await storedRow('members', member.id)).toEqual(before);
    }
    expect((await push(t.app, animator, 'member.merge', { keepId: mine.id, mergeId: outside.id })).outcome).toMatchObject(REFUSED);
    await applied(animator, 'member.merge', { keepId: mine.id, mergeId: inOwnGroup.id });
    await applied(animator, 'member.delete', { id: mine.id });
  });

  it('links and unlinks members in its own groups only', async () => {
    const mine = signUpArgs();
    await applied(animator, 'member.signUp', mine);
    const outside = signUpArgs();
    await applied(coordinator, 'member.signUp', outside);
    await applied(coordinator, 'groupMember.add', { groupId: otherGroup.id, memberId: mine.id });

    expect((await push(t.app, animator, 'groupMember.add', { groupId: otherGroup.id, memberId: mine.id })).outcome).toMatchObject(REFUSED);
    expect((await push(t.app, animator, 'groupMember.remove', { groupId: otherGroup.id, memberId: mine.id })).outcome).toMatchObject(
      REFUSED,
    );
    expect((await push(t.app, animator, 'groupMember.add', { groupId: ownGroup.id, memberId: outside.id })).outcome).toMatchObject(REFUSED);
    await applied(animator, 'groupMember.add', { groupId: ownGroup.id, memberId: mine.id });
    await applied(animator, 'groupMember.remove', { groupId: ownGroup.id, memberId: mine.id });
    expect(await storedRow('groupMembers', joinId(otherGroup.id, mine.id))).toMatchObject({
      data: expect.stringContaining('"deleted":false'),
    });
  });
});

describe('animator pull', () => {
  it('carries the directory, but only the members and group links in its scope', async () => {
    const mine = signUpArgs();
    await applied(animator, 'member.signUp', mine);
    const { ownEvent, atOwnEvent, inOwnGroup, outside } = await membersAroundTheAnimator();
    await applied(coordinator, 'member.update', { id: outside.id, patch: { notes: 'edited later' } });

    const pulled = await pullAll(t.app, animator);
    const ids = (table: TableName) =>
      pulled.changes
        .filter((c) => c.table === table)
        .map((c) => c.row.id)
        .sort();
    expect(ids('members')).toEqual([mine.id, atOwnEvent.id, inOwnGroup.id].sort());
    expect(ids('groupMembers')).toEqual([joinId(ownGroup.id, inOwnGroup.id)]);
    expect(ids('groups')).toEqual([ownGroup.id, otherGroup.id].sort());
    expect(ids('producers')).toEqual([producer.id, otherProducer.id].sort());
    expect(ids('events')).toEqual([coordinatorEvent.id, ownEvent.id].sort());
    expect(ids('areas')).toEqual([area.id]);
    // The cursor still moves past what it may not see, so those rows are not read again on every pull.
    expect(pulled.cursor).toBe((await pullAll(t.app, coordinator)).cursor);
  });
});

describe('producer', () => {
  it('may update its own producer row only', async () => {
    await applied(producerPhone, 'producer.update', { id: producer.id, patch: { notes: 'Paniers le jeudi' } });
    const before = await storedRow('producers', otherProducer.id);
    for (const attempt of [
      await push(t.app, producerPhone, 'producer.update', { id: otherProducer.id, patch: { notes: 'not mine' } }),
      await push(t.app, producerPhone, 'producer.delete', { id: producer.id }),
      await push(t.app, producerPhone, 'member.signUp', signUpArgs()),
      await push(t.app, producerPhone, 'event.create', eventArgs()),
    ]) {
      expect(attempt.outcome).toMatchObject(REFUSED);
    }
    expect(await storedRow('producers', otherProducer.id)).toEqual(before);
    expect(((await storedRow('producers', producer.id)) as { data: string }).data).toContain('Paniers le jeudi');
  });

  it('pulls areas, producers and groups, and no members, group links or events', async () => {
    const member = signUpArgs();
    await applied(coordinator, 'member.signUp', member);
    await applied(coordinator, 'groupMember.add', { groupId: ownGroup.id, memberId: member.id });
    const pulled = await pullAll(t.app, producerPhone);
    const tables = new Set(pulled.changes.map((c) => c.table));
    expect([...tables].sort()).toEqual(['areas', 'groups', 'producers']);
    expect(pulled.changes).toHaveLength(1 + 2 + 2);
  });
});
