import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMutation } from '../../src/db/mutate';
import type { Member } from '../../src/domain/people/entities';
import { signUpArgs } from '../factories/entities';
import { createClient, injectFetch, replicaState, serverState, startTestServer, type TestClient, type TestServer } from './harness';

let server: TestServer;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
  await server.close();
});

async function client(name: string) {
  const created = await createClient(name, injectFetch(server));
  clients.push(created);
  return created;
}

const ok = async (result: Promise<{ ok: boolean }>) => expect((await result).ok).toBe(true);

describe('two phones merging two people into one member at once', () => {
  it('keep both sign-up histories on every replica, whatever order they sync in', async () => {
    const a = await client('a');
    const b = await client('b');
    const keep = signUpArgs({ firstName: 'Amélie', lastName: 'Durand', phone: '06 12 34 56 78' });
    const twinA = signUpArgs({ firstName: 'Amelie', lastName: 'Durant', phone: '0612345678', signupDeviceName: 'A' });
    const twinB = signUpArgs({ firstName: 'Durand', lastName: 'Amélie', phone: '+33 6 12 34 56 78', signupDeviceName: 'B' });
    await ok(runMutation(a.db, 'member.signUp', keep));
    await ok(runMutation(a.db, 'member.signUp', twinA));
    await ok(runMutation(a.db, 'member.signUp', twinB));
    for (const c of [a, b]) expect(await c.engine.syncOnce()).toMatchObject({ ok: true });

    // Offline, each phone merges one twin into the same member.
    await ok(runMutation(a.db, 'member.merge', { keepId: keep.id, mergeId: twinA.id }));
    await ok(runMutation(b.db, 'member.merge', { keepId: keep.id, mergeId: twinB.id }));
    for (const c of [b, a, b]) expect(await c.engine.syncOnce()).toMatchObject({ ok: true });

    const expected = await serverState(server);
    const kept = expected.members?.find((row) => (row as Member).id === keep.id) as Member;
    expect(kept.mergedSignups?.map((signup) => signup.memberId).sort()).toEqual([twinA.id, twinB.id].sort());
    expect(await replicaState(a.db)).toEqual(expected);
    expect(await replicaState(b.db)).toEqual(expected);
  });

  it('applies a member.merge entry written by an older version (full list, no choice) as a set too', async () => {
    const a = await client('a');
    const keep = signUpArgs({ firstName: 'Élodie' });
    const first = signUpArgs({ firstName: 'Elodie' });
    const second = signUpArgs({ firstName: 'elodie' });
    for (const args of [keep, first, second]) await ok(runMutation(a.db, 'member.signUp', args));
    await ok(runMutation(a.db, 'member.merge', { keepId: keep.id, mergeId: first.id }));
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    // An older phone's entry: the shape { keepId, mergeId, groupIds } and, held on it, the whole list as one value.
    const b = await client('b');
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true });
    await ok(runMutation(b.db, 'member.merge', { keepId: keep.id, mergeId: second.id, groupIds: [] }));
    const held = await b.db.outbox.toArray();
    expect(held.at(-1)).toMatchObject({ name: 'member.merge', args: { keepId: keep.id, mergeId: second.id, groupIds: [] } });
    for (const c of [b, a]) expect(await c.engine.syncOnce()).toMatchObject({ ok: true });
    const kept = (await serverState(server)).members?.find((row) => (row as Member).id === keep.id) as Member;
    expect(kept.mergedSignups?.map((signup) => signup.memberId).sort()).toEqual([first.id, second.id].sort());
  });
});
