/**
 * An account's scope changes on the server (a coordinator gives an animator another group, then takes it back): the
 * animator's phone receives the rows it may now see at its next sync, though they are older than its cursor, and
 * lets go of the rows it may no longer see; what it typed and has not sent yet stays.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb } from '../../src/db/database';
import { getDevice } from '../../src/db/device';
import { runMutation } from '../../src/db/mutate';
import { saveSession } from '../../src/db/session';
import { applyPulledPage } from '../../src/db/sync-apply';
import { readSyncState } from '../../src/db/sync-state';
import { SyncEngine } from '../../src/sync/engine';
import { groupArgs, signUpArgs } from '../factories/entities';
import { accountWithPhone, push, startAuthApp, type AuthApp, type Phone } from '../helpers/auth-app';
import { injectFetch } from './harness';

let t: AuthApp;
let coordinator: Phone;
let db: CourtCircuitDb;
let animatorId: string;
const groupA = groupArgs({ name: 'AMAP des Couronneries' });
const groupB = groupArgs({ name: 'AMAP de Saint-Éloi' });
const inA = signUpArgs({ firstName: 'Alice' });
const inB = signUpArgs({ firstName: 'Bastien', phone: '06 11 22 33 44' });

/** What the coordinator's tools do to an account's groups: the server's own record of them. */
function setGroups(groupIds: string[]): void {
  t.sqlite.connection.prepare('DELETE FROM user_groups WHERE user_id = ?').run(animatorId);
  for (const groupId of groupIds) {
    t.sqlite.connection.prepare('INSERT INTO user_groups (user_id, group_id) VALUES (?, ?)').run(animatorId, groupId);
  }
}

async function sync(): Promise<void> {
  const result = await new SyncEngine({ db, transport: { baseUrl: '', fetch: injectFetch(t) } }).syncOnce();
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

const memberIds = async () => (await db.members.toArray()).map((m) => m.id).sort();

beforeEach(async () => {
  t = await startAuthApp();
  coordinator = await accountWithPhone(t.accounts, { login: 'coord', name: 'Coordination', role: 'coordinator' });
  for (const group of [groupA, groupB]) await push(t.app, coordinator, 'group.create', group);
  for (const member of [inA, inB]) await push(t.app, coordinator, 'member.signUp', member);
  await push(t.app, coordinator, 'groupMember.add', { groupId: groupA.id, memberId: inA.id });
  await push(t.app, coordinator, 'groupMember.add', { groupId: groupB.id, memberId: inB.id });
  const animator = await t.accounts.createUser({
    login: 'camille',
    name: 'Camille',
    role: 'animator',
    groupIds: [groupA.id],
    password: 'correct horse battery',
  });
  animatorId = animator.id;
  db = new CourtCircuitDb(`scope-${Math.random()}`);
  await db.open();
  const { clientId } = await getDevice(db);
  const session = await t.accounts.openSession(animatorId, clientId, 'Téléphone de Camille');
  const user = { id: animatorId, login: 'camille', name: 'Camille', role: 'animator' as const, producerId: null, groupIds: [groupA.id] };
  await saveSession(db, { ...session, user }, new Date().toISOString());
  await sync();
});

afterEach(async () => {
  db.close();
  await db.delete();
  await t.close();
});

describe('when an account’s scope changes', () => {
  it('receives the rows of a group it is given, though older than its cursor, and lets them go when it is taken back', async () => {
    expect(await memberIds()).toEqual([inA.id]);
    const cursorBefore = (await readSyncState(db)).cursor;

    setGroups([groupA.id, groupB.id]);
    await sync();
    expect(await memberIds()).toEqual([inA.id, inB.id].sort());
    expect((await db.members.get(inB.id))?.phone).toBeTruthy();
    expect((await db.groupMembers.toArray()).map((link) => link.groupId).sort()).toEqual([groupA.id, groupB.id].sort());
    expect((await readSyncState(db)).cursor).toBeGreaterThanOrEqual(cursorBefore);

    setGroups([groupA.id]);
    await sync();
    expect(await memberIds()).toEqual([inA.id]);
    expect((await db.groupMembers.toArray()).map((link) => link.groupId)).toEqual([groupA.id]);
    expect(await db.serverRows.count()).toBe(0);
    expect((await readSyncState(db)).resync).toBeNull();
  });

  it('keeps what it typed and has not sent, and sends it', async () => {
    setGroups([]);
    const typed = signUpArgs({ firstName: 'Zoé' });
    expect((await runMutation(db, 'member.signUp', typed)).ok).toBe(true);
    // The pull that lets rows go must not drop a row the outbox still writes: the push goes first, and even a
    // sign-up pushed, acknowledged and pulled back stays, since it is the animator's own.
    await sync();
    expect(await memberIds()).toEqual([typed.id]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('lets go of rows not received only once the pull from the beginning is complete, never of a row the outbox writes', async () => {
    setGroups([]);
    const typed = signUpArgs({ firstName: 'Zoé' });
    expect((await runMutation(db, 'member.signUp', typed)).ok).toBe(true);
    await db.syncState.put({ ...(await readSyncState(db)), cursor: 0, resync: { keys: [] } });
    const page = { changes: [], cursor: 0, hasMore: true, remaining: 1, lastMutationId: 0 };
    await applyPulledPage(db, page, Date.now());
    expect(await memberIds()).toEqual([inA.id, typed.id].sort());
    await applyPulledPage(db, { ...page, hasMore: false, remaining: 0 }, Date.now());
    expect(await memberIds()).toEqual([typed.id]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('takes the scope it is told without pulling again when it never heard of one (a phone of the previous release)', async () => {
    await db.syncState.put({ ...(await readSyncState(db)), scope: undefined });
    const cursor = (await readSyncState(db)).cursor;
    await sync();
    const state = await readSyncState(db);
    expect(state.scope).toBeDefined();
    expect(state.cursor).toBe(cursor);
    expect(state.resync ?? null).toBeNull();
  });
});
