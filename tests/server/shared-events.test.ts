// @vitest-environment node
/**
 * Two animators of one group at one stand: an event shared with their group belongs to both, so each phone holds the
 * people signed up on the other and can warn about them; an animator of another group sees none of them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedPhone } from '../../src/domain/people/phone';
import type { PullResponse } from '../../src/sync/protocol';
import { eventArgs, groupArgs, signUpArgs } from '../factories/entities';
import { accountWithPhone, bearer, pullAll, push, REFUSED, startAuthApp, type AuthApp, type Phone } from '../helpers/auth-app';

let t: AuthApp;
let coordinator: Phone;
let alice: Phone;
let bruno: Phone;
let chloe: Phone;
const group = groupArgs({ name: 'AMAP des Couronneries' });
const otherGroup = groupArgs({ name: 'AMAP de Saint-Éloi' });

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
  for (const row of [group, otherGroup]) await push(t.app, coordinator, 'group.create', row);
  alice = await accountWithPhone(t.accounts, { login: 'alice', name: 'Alice', role: 'animator', groupIds: [group.id] });
  bruno = await accountWithPhone(t.accounts, { login: 'bruno', name: 'Bruno', role: 'animator', groupIds: [group.id] });
  chloe = await accountWithPhone(t.accounts, { login: 'chloe', name: 'Chloé', role: 'animator', groupIds: [otherGroup.id] });
});
afterEach(async () => t.close());

const memberIds = (page: PullResponse) => page.changes.filter((c) => c.table === 'members').map((c) => c.row.id);

async function pullAfter(phone: Phone, cursor: number): Promise<PullResponse> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/sync/pull?clientId=${phone.clientId}&cursor=${cursor}&limit=2000`,
    headers: bearer(phone.token),
  });
  return response.json<PullResponse>();
}

describe('an event shared with a group', () => {
  it('brings the people signed up on one animator’s phone to the other animators of the group, and to nobody else', async () => {
    const stand = eventArgs({ groupId: group.id });
    expect((await push(t.app, alice, 'event.create', stand)).outcome?.status).toBe('applied');
    const person = signUpArgs({ signupEventId: stand.id, phone: '06 12 34 56 78' });
    expect((await push(t.app, alice, 'member.signUp', person)).outcome?.status).toBe('applied');

    const onBruno = await pullAll(t.app, bruno);
    expect(memberIds(onBruno)).toEqual([person.id]);
    expect(onBruno.changes.find((c) => c.row.id === person.id)?.row).toMatchObject({ phone: storedPhone(person.phone ?? '') });
    expect(memberIds(await pullAll(t.app, chloe))).toEqual([]);

    // Bruno runs it too: he may rename it and record who came; Chloé is answered as for an unknown event.
    expect((await push(t.app, bruno, 'event.update', { id: stand.id, patch: { place: 'Sous la halle' } })).outcome?.status).toBe('applied');
    expect((await push(t.app, chloe, 'event.update', { id: stand.id, patch: { place: 'Ailleurs' } })).outcome).toMatchObject(REFUSED);
  });

  it('sends the people already signed up to the group’s animators once the event is shared, though older than their cursor', async () => {
    const stand = eventArgs();
    await push(t.app, alice, 'event.create', stand);
    const person = signUpArgs({ signupEventId: stand.id });
    await push(t.app, alice, 'member.signUp', person);
    const before = await pullAll(t.app, bruno);
    expect(memberIds(before)).toEqual([]);

    expect((await push(t.app, alice, 'event.update', { id: stand.id, patch: { groupId: group.id } })).outcome?.status).toBe('applied');
    expect(memberIds(await pullAfter(bruno, before.cursor))).toEqual([person.id]);
  });

  it('is shared only with a group the animator runs', async () => {
    const stand = eventArgs({ groupId: otherGroup.id });
    expect((await push(t.app, alice, 'event.create', stand)).outcome).toMatchObject(REFUSED);
    const own = eventArgs();
    await push(t.app, alice, 'event.create', own);
    expect((await push(t.app, alice, 'event.update', { id: own.id, patch: { groupId: otherGroup.id } })).outcome).toMatchObject(REFUSED);
  });
});
