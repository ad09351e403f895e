import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMutation } from '../../src/db/mutate';
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

async function client(name: string, options = {}) {
  const created = await createClient(name, injectFetch(server), options);
  clients.push(created);
  return created;
}

describe('sync engine against the in-process server', () => {
  it('brings two phones that signed people up offline to the same state, outboxes empty', async () => {
    const a = await client('a');
    const b = await client('b');
    await runMutation(a.db, 'member.signUp', signUpArgs({ firstName: 'Awa' }));
    await runMutation(a.db, 'member.signUp', signUpArgs({ firstName: 'Bruno' }));
    await runMutation(b.db, 'member.signUp', signUpArgs({ firstName: 'Chloé' }));

    for (const c of [a, b, a]) expect(await c.engine.syncOnce()).toMatchObject({ ok: true });

    const expected = await serverState(server);
    expect(expected.members).toHaveLength(3);
    expect(await replicaState(a.db)).toEqual(expected);
    expect(await replicaState(b.db)).toEqual(expected);
    expect(await a.db.outbox.count()).toBe(0);
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('keeps a pending local edit on screen when an older server state is pulled (no step back)', async () => {
    const a = await client('a');
    const b = await client('b');
    const person = signUpArgs({ notes: 'v1' });
    await runMutation(a.db, 'member.signUp', person);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await runMutation(b.db, 'member.update', { id: person.id, patch: { notes: 'v2 from b, not yet pushed' } });
    // A pull alone (as if the push had failed) must not undo b's edit.
    await runMutation(a.db, 'member.update', { id: person.id, patch: { householdSize: 3 } });
    await a.engine.syncOnce();
    const engine = b.engine as unknown as { pullAll: (token: string, clientId: string) => Promise<number> };
    await engine.pullAll(`token-${b.clientId}`, b.clientId);
    expect(await b.db.members.get(person.id)).toMatchObject({ notes: 'v2 from b, not yet pushed', householdSize: 3 });
  });

  it('splits its batch when the server answers 413', async () => {
    const a = await client('a', { pushBatchSize: 500 });
    for (let i = 0; i < 30; i += 1) await runMutation(a.db, 'member.signUp', signUpArgs({ notes: 'x'.repeat(1900) }));
    const sizes: number[] = [];
    const accepted: number[] = [];
    const inject = injectFetch(server);
    a.engine = new (a.engine.constructor as typeof import('../../src/sync/engine').SyncEngine)({
      db: a.db,
      transport: {
        baseUrl: '',
        fetch: async (input, init) => {
          if (init?.method === 'POST') {
            const body = String(init.body);
            sizes.push(body.length);
            if (body.length > 20_000)
              return new Response(JSON.stringify({ error: { code: 'payloadTooLarge', message: 'too large' } }), { status: 413 });
            accepted.push(body.length);
          }
          return inject(input, init);
        },
      },
    });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 30 });
    expect(sizes[0]).toBeGreaterThan(20_000);
    expect(sizes.length).toBeGreaterThan(accepted.length);
    expect(accepted.length).toBeGreaterThan(1);
    expect((await serverState(server)).members).toHaveLength(30);
  });

  it('reports a refused mutation with its reason and removes its effect', async () => {
    const a = await client('a');
    const person = signUpArgs();
    await runMutation(a.db, 'member.signUp', person);
    await a.engine.syncOnce();
    // The coordinator deletes the person on the server while the phone, offline, edits them.
    const b = await client('b');
    await b.engine.syncOnce();
    await runMutation(b.db, 'member.delete', { id: person.id });
    await b.engine.syncOnce();
    await runMutation(a.db, 'member.update', { id: person.id, patch: { notes: 'edited offline' } });
    await a.engine.syncOnce();
    const rejected = await a.db.rejected.toArray();
    expect(rejected).toMatchObject([{ name: 'member.update', code: 'deleted' }]);
    expect(await replicaState(a.db)).toEqual(await serverState(server));
  });

  it('stores each pulled row once, and undoes a refused edit of a pulled row to the server version', async () => {
    const a = await client('a');
    const person = signUpArgs({ notes: 'v1' });
    await runMutation(a.db, 'member.signUp', person);
    await a.engine.syncOnce();
    expect(await a.db.serverRows.count(), 'bases go once the writes are settled').toBe(0);

    // b's pushes are tampered with on the way, so that the server refuses them and its row stays as it was.
    const inject = injectFetch(server);
    const b = await createClient('b', (input, init) => {
      if (init?.method !== 'POST') return inject(input, init);
      const body = JSON.parse(String(init.body)) as { mutations: { args: { patch?: { notes?: unknown } } }[] };
      for (const mutation of body.mutations) if (mutation.args.patch) mutation.args.patch.notes = 42;
      return inject(input, { ...init, body: JSON.stringify(body) });
    });
    clients.push(b);
    await b.engine.syncOnce();
    expect(await b.db.members.count()).toBe(1);
    expect(await b.db.serverRows.count(), 'a first pull stores rows once').toBe(0);

    await runMutation(b.db, 'member.update', { id: person.id, patch: { notes: 'v2, refused' } });
    expect(await b.db.serverRows.count(), 'the row being written keeps its base').toBe(1);
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, rejected: 1 });
    expect(await b.db.members.get(person.id)).toMatchObject({ notes: 'v1' });
    expect(await replicaState(b.db)).toEqual(await serverState(server));
    expect(await b.db.serverRows.count()).toBe(0);
  });

  it('survives a server restart between pushes', async () => {
    const a = await client('a');
    await runMutation(a.db, 'member.signUp', signUpArgs());
    await a.engine.syncOnce();
    await server.restart();
    await runMutation(a.db, 'member.signUp', signUpArgs());
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect((await serverState(server)).members).toHaveLength(2);
    expect(await replicaState(a.db)).toEqual(await serverState(server));
  });
});
