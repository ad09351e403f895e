// @vitest-environment node
/** One deterministic case per network fault and per push/pull guarantee, with the server's store read to prove it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMutation } from '../../src/db/mutate';
import { SyncEngine } from '../../src/sync/engine';
import type { PickupStatus } from '../../src/domain/distribution/distribution-entities';
import { joinId } from '../../src/domain/rows/ids';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type PushResponse } from '../../src/sync/protocol';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../factories/entities';
import { FaultyNetwork, scriptedPlan, type Fault } from './faulty-fetch';
import { createClient, injectFetch, replicaState, serverState, startTestServer, type TestClient, type TestServer } from './harness';

let server: TestServer;
let network: FaultyNetwork;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  network = new FaultyNetwork(server);
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.dispose();
  await server.close();
});

async function phone(name: string, options: { pushBatchSize?: number; pullLimit?: number } = {}): Promise<TestClient> {
  const created = await createClient(name, network.fetchFor(name), options);
  clients.push(created);
  return created;
}

async function signUp(c: TestClient, overrides: Parameters<typeof signUpArgs>[0] = {}): Promise<string> {
  const args = signUpArgs(overrides);
  expect(await runMutation(c.db, 'member.signUp', args)).toMatchObject({ ok: true });
  return args.id;
}

async function syncWith(c: TestClient, faults: readonly Fault[]) {
  network.setPlan(c.name, scriptedPlan(faults));
  try {
    return await c.engine.syncOnce();
  } finally {
    network.setPlan(c.name, null);
  }
}

/** Gives the phone an engine pulling two rows a page, which runs `hook` before each pull request goes out. */
function beforeEachPull(c: TestClient, hook: (url: URL) => Promise<void>): void {
  const send = network.fetchFor(c.name);
  c.engine = new SyncEngine({
    db: c.db,
    pullLimit: 2,
    transport: {
      baseUrl: '',
      fetch: async (input, init) => {
        if (input.includes('/api/sync/pull')) await hook(new URL(input, 'http://x'));
        return send(input, init);
      },
    },
  });
}

/** A writer that has signed up six members and synced them, and a reader that has not pulled yet. */
async function writerAndReader(): Promise<{ writer: TestClient; reader: TestClient; ids: string[] }> {
  const writer = await phone('writer');
  const reader = await phone('reader');
  const ids: string[] = [];
  for (let i = 0; i < 6; i += 1) ids.push(await signUp(writer));
  expect(await writer.engine.syncOnce()).toMatchObject({ ok: true });
  return { writer, reader, ids };
}

/** Every server row with its version: a no-op leaves this exactly as it was. */
async function versions(): Promise<Map<string, number>> {
  return server.store.read(async (tx) => new Map((await tx.changesAfter(0, 1_000_000)).map((s) => [`${s.table}|${s.row.id}`, s.version])));
}

async function lastMutationId(c: TestClient): Promise<number> {
  return server.store.read((tx) => tx.lastMutationId(c.clientId));
}

/** A raw push of some of this phone's outbox entries, straight to the server. */
async function rawPush(c: TestClient, mutationIds: number[]): Promise<PushResponse> {
  const entries = await c.db.outbox.bulkGet(mutationIds);
  const mutations = entries.map((e) => {
    if (!e) throw new Error('no such outbox entry');
    return { mutationId: e.mutationId, name: e.name, args: e.args, hlc: e.hlc };
  });
  const response = await injectFetch(server)('/api/sync/push', {
    method: 'POST',
    headers: {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      authorization: `Bearer token-${c.clientId}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ clientId: c.clientId, mutations }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as PushResponse;
}

async function expectConverged(...phones: TestClient[]): Promise<void> {
  const expected = await serverState(server);
  for (const c of phones) {
    expect(await c.db.outbox.count(), `${c.name} outbox`).toBe(0);
    expect(await replicaState(c.db), `${c.name} equals the server`).toEqual(expected);
  }
}

describe('sync under network faults', () => {
  it('a response lost after the server committed: the resend changes nothing and doubles nobody', async () => {
    const a = await phone('a');
    const ids = [await signUp(a), await signUp(a)];
    // Deleting twice would be refused: the resend must be answered from the record, not applied again.
    const gone = await signUp(a);
    expect(await runMutation(a.db, 'member.delete', { id: gone })).toMatchObject({ ok: true });
    const failed = await syncWith(a, ['loseResponse']);
    expect(failed).toMatchObject({ ok: false, failure: { key: 'sync.errors.network' } });
    // The server has both; the phone, which never heard back, still holds both to resend.
    const members = (await serverState(server)).members as { id: string; deleted: boolean }[];
    expect(
      members
        .filter((m) => !m.deleted)
        .map((m) => m.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(members.find((m) => m.id === gone)?.deleted).toBe(true);
    expect(await a.db.outbox.count()).toBe(4);
    const before = await versions();

    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 4, rejected: 0 });
    expect(await versions()).toEqual(before);
    expect((await serverState(server)).members).toHaveLength(3);
    const resend = network.clientGot.find((e) => e.method === 'POST');
    expect(resend?.answer).toMatchObject({
      lastMutationId: 4,
      outcomes: [1, 2, 3, 4].map((mutationId) => ({ mutationId, status: 'applied' })),
    });
    expect(await a.db.rejected.count()).toBe(0);
    await expectConverged(a);
  });

  it('a request lost before the server saw it: nothing committed, everything sent again', async () => {
    const a = await phone('a');
    await signUp(a);
    expect(await syncWith(a, ['loseRequest'])).toMatchObject({ ok: false, failure: { key: 'sync.errors.network' } });
    expect(network.serverSaw).toHaveLength(0);
    expect(await lastMutationId(a)).toBe(0);
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    await expectConverged(a);
  });

  it('a gap stops the batch: nothing after the missing mutation applies', async () => {
    const a = await phone('a');
    for (let i = 0; i < 4; i += 1) await signUp(a);
    const answer = await rawPush(a, [1, 3, 4]);
    expect(answer).toMatchObject({ lastMutationId: 1, outcomes: [{ mutationId: 1, status: 'applied' }] });
    expect(answer.outcomes).toHaveLength(1);
    expect((await serverState(server)).members).toHaveLength(1);

    // A phone that lost mutation 2 cannot go on: the engine says so instead of sending forever.
    await a.db.outbox.bulkDelete([1, 2]);
    const before = await versions();
    expect(await a.engine.syncOnce()).toMatchObject({ ok: false, failure: { key: 'sync.errors.gap' } });
    expect(await versions()).toEqual(before);
    expect(await lastMutationId(a)).toBe(1);
  });

  it('a duplicated request: the copy is answered from the record and changes nothing', async () => {
    const a = await phone('a');
    await signUp(a);
    await signUp(a);
    expect(await syncWith(a, ['duplicate'])).toMatchObject({ ok: true });
    const pushes = network.serverSaw.filter((e) => e.method === 'POST');
    expect(pushes).toHaveLength(2);
    expect(pushes[1]?.answer).toMatchObject({ lastMutationId: 2, outcomes: (pushes[0]?.answer as PushResponse).outcomes });
    expect((await serverState(server)).members).toHaveLength(2);
    const before = await versions();
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 0 });
    expect(await versions()).toEqual(before);
    await expectConverged(a);
  });

  it('two pushes of one phone reordered: a stale push arriving last is a no-op', async () => {
    const a = await phone('a');
    const first = await signUp(a, { notes: 'v1' });
    // The first push times out on the phone but is still on its way; the phone edits and pushes again.
    expect(await syncWith(a, [{ late: 5 }])).toMatchObject({ ok: false });
    expect(network.lateCount).toBe(1);
    expect(await runMutation(a.db, 'member.update', { id: first, patch: { notes: 'v2' } })).toMatchObject({ ok: true });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 2 });
    const before = await versions();
    await network.flush();
    const stale = network.serverSaw.at(-1);
    expect(stale?.body).toMatchObject({ mutations: [{ mutationId: 1 }] });
    expect(stale?.answer).toMatchObject({ lastMutationId: 2, outcomes: [{ mutationId: 1, status: 'applied' }] });
    expect(await versions()).toEqual(before);
    expect((await serverState(server)).members).toMatchObject([{ id: first, notes: 'v2' }]);
    await expectConverged(a);
  });

  it('two pushes reordered at the server: the later one waits behind the gap, then both apply in order', async () => {
    const a = await phone('a');
    const id = await signUp(a, { notes: 'v1' });
    expect(await runMutation(a.db, 'member.update', { id, patch: { notes: 'v2' } })).toMatchObject({ ok: true });
    expect(await rawPush(a, [2])).toMatchObject({ lastMutationId: 0, outcomes: [] });
    expect(await versions()).toEqual(new Map());
    expect(await rawPush(a, [1])).toMatchObject({ lastMutationId: 1 });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect((await serverState(server)).members).toMatchObject([{ id, notes: 'v2' }]);
    await expectConverged(a);
  });

  it('a 5xx answer: the server is not touched, the phone keeps everything and succeeds later', async () => {
    const a = await phone('a');
    await signUp(a);
    expect(await syncWith(a, ['serverError'])).toMatchObject({ ok: false, failure: { key: 'sync.errors.server' } });
    expect(network.serverSaw).toHaveLength(0);
    expect(await a.db.outbox.count()).toBe(1);
    expect((await a.db.syncState.get('sync'))?.lastError).toMatchObject({ key: 'sync.errors.server' });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    await expectConverged(a);
  });

  it('server restarts mid-stream, between pushes and between pull pages', async () => {
    const a = await phone('a', { pushBatchSize: 1, pullLimit: 1 });
    const b = await phone('b', { pullLimit: 1 });
    for (let i = 0; i < 4; i += 1) await signUp(a);
    expect(await syncWith(a, ['ok', 'restart', 'ok', 'restart'])).toMatchObject({ ok: true, pushed: 4 });
    expect((await serverState(server)).members).toHaveLength(4);
    expect(await syncWith(b, ['ok', 'restart', 'ok', 'restart', 'ok'])).toMatchObject({ ok: true, pulled: 4 });
    expect(network.serverSaw.filter((e) => e.client === 'b')).toHaveLength(4);
    await expectConverged(a, b);
  });

  it('a pull never skips a change committed between its pages', async () => {
    const { writer, reader, ids } = await writerAndReader();

    // Before each page the reader asks for, the writer commits: a new member, an edit of a row the reader has
    // already pulled (it moves past the cursor) and an edit of one it has not reached yet.
    let page = 0;
    const cursors: number[] = [];
    beforeEachPull(reader, async (url) => {
      cursors.push(Number(url.searchParams.get('cursor')));
      page += 1;
      if (page > 6) return;
      ids.push(await signUp(writer));
      const pulled = ids[Math.max(0, page - 1)] as string;
      const ahead = ids[Math.min(ids.length - 1, page + 3)] as string;
      await runMutation(writer.db, 'member.update', { id: pulled, patch: { notes: `behind ${page}` } });
      await runMutation(writer.db, 'member.update', { id: ahead, patch: { householdSize: page } });
      expect(await writer.engine.syncOnce()).toMatchObject({ ok: true });
    });
    expect(await reader.engine.syncOnce()).toMatchObject({ ok: true });
    expect(page).toBeGreaterThan(6);
    expect(cursors).toEqual([...cursors].sort((x, y) => x - y));
    await expectConverged(reader);
    expect(await writer.engine.syncOnce()).toMatchObject({ ok: true });
    await expectConverged(writer, reader);
  });

  it('a connection lost in the middle of a pull resumes where it stopped: no page received is asked for again', async () => {
    const { reader } = await writerAndReader();
    const cursors: number[] = [];
    beforeEachPull(reader, async (url) => {
      cursors.push(Number(url.searchParams.get('cursor')));
    });
    let pulls = 0;
    network.setPlan(reader.name, ({ path }) => (path.includes('/pull') && (pulls += 1) === 3 ? 'loseRequest' : 'ok'));
    expect(await reader.engine.syncOnce()).toMatchObject({ ok: false });
    expect(cursors).toHaveLength(3);
    network.setPlan(reader.name, null);

    expect(await reader.engine.syncOnce()).toMatchObject({ ok: true });
    // The lost page is asked for again, from the cursor the two pages received had reached; nothing before it.
    expect(cursors[3]).toBe(cursors[2]);
    const received = [...cursors.slice(0, 2), ...cursors.slice(3)];
    expect(new Set(received).size).toBe(received.length);
    expect(received).toEqual([...received].sort((x, y) => x - y));
    await expectConverged(reader);
  });

  it("a phone's own edit made while its pull is between pages stays on top of the pages written after it", async () => {
    const { writer, reader, ids } = await writerAndReader();
    const first = ids[0] as string;

    // When the reader asks for its third page, the first member (pulled with the first page) has just been edited
    // by the writer (so a later page brings it again) and, on the reader, by its own user: the later page must land
    // with that pending edit on top.
    let page = 0;
    beforeEachPull(reader, async () => {
      if ((page += 1) !== 3) return;
      expect(await runMutation(writer.db, 'member.update', { id: first, patch: { householdSize: 4 } })).toMatchObject({ ok: true });
      expect(await writer.engine.syncOnce()).toMatchObject({ ok: true });
      expect(await runMutation(reader.db, 'member.update', { id: first, patch: { notes: 'rappeler samedi' } })).toMatchObject({ ok: true });
    });
    expect(await reader.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await reader.db.members.get(first)).toMatchObject({ householdSize: 4, notes: 'rappeler samedi' });
    expect(await reader.db.outbox.count()).toBe(1);

    expect(await reader.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await writer.engine.syncOnce()).toMatchObject({ ok: true });
    await expectConverged(writer, reader);
    expect(await reader.db.members.get(first)).toMatchObject({ householdSize: 4, notes: 'rappeler samedi' });
  });

  it('a pull racing concurrent pushes from other phones still ends equal to the server', async () => {
    const writers = [await phone('w1'), await phone('w2')];
    const reader = await phone('reader', { pullLimit: 1 });
    const shared = await signUp(writers[0] as TestClient);
    for (const c of [...writers, reader]) expect(await c.engine.syncOnce()).toMatchObject({ ok: true });
    for (let round = 0; round < 8; round += 1) {
      await Promise.all([
        ...writers.map(async (w) => {
          await signUp(w);
          await runMutation(w.db, 'member.update', { id: shared, patch: { notes: `${w.name} round ${round}` } });
          return w.engine.syncOnce();
        }),
        reader.engine.syncOnce(),
      ]);
    }
    for (const c of [...writers, ...writers, reader]) expect(await c.engine.syncOnce()).toMatchObject({ ok: true });
    expect((await serverState(server)).members).toHaveLength(17);
    await expectConverged(...writers, reader);
  });
});

describe('check-offs on two phones', () => {
  /** A basket due at a distribution, made on `a` and pulled by `b`; returns the check-off of that basket as made on a phone. */
  async function basketOnBoth(a: TestClient, b: TestClient) {
    const group = groupArgs();
    const member = signUpArgs();
    const producer = producerArgs();
    const offer = offerArgs(producer.id);
    const distribution = distributionArgs(group.id);
    const contract = contractArgs({ memberId: member.id, groupId: group.id, offerId: offer.id }, { deliveryDates: [distribution.date] });
    expect(await runMutation(a.db, 'group.create', group)).toMatchObject({ ok: true });
    expect(await runMutation(a.db, 'member.signUp', member)).toMatchObject({ ok: true });
    expect(await runMutation(a.db, 'producer.create', producer)).toMatchObject({ ok: true });
    expect(await runMutation(a.db, 'offer.create', offer)).toMatchObject({ ok: true });
    expect(await runMutation(a.db, 'contract.create', contract)).toMatchObject({ ok: true });
    expect(await runMutation(a.db, 'distribution.create', distribution)).toMatchObject({ ok: true });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, pulled: 6 });
    const id = joinId(distribution.id, contract.id);
    return {
      id,
      async record(c: TestClient, status: PickupStatus, at: number) {
        const event = {
          distributionId: distribution.id,
          contractId: contract.id,
          status,
          collectedBy: '',
          recordedAt: new Date(at).toISOString(),
          deviceId: c.clientId,
        };
        expect(await runMutation(c.db, 'pickup.record', event, () => at)).toMatchObject({ ok: true });
        return (await c.db.outbox.toArray()).at(-1)?.hlc as string;
      },
    };
  }

  // Neither phone syncs between the two events: each writes without knowing of the other.
  it.each([
    { first: 'a', firstStatus: 'collected', then: 'pending', pushFirst: 'a', expected: 'pending' },
    { first: 'a', firstStatus: 'collected', then: 'pending', pushFirst: 'b', expected: 'pending' },
    { first: 'b', firstStatus: 'pending', then: 'collected', pushFirst: 'a', expected: 'collected' },
    { first: 'b', firstStatus: 'pending', then: 'collected', pushFirst: 'b', expected: 'collected' },
  ] as const)(
    '$first records $firstStatus, the other phone $then a minute later; $pushFirst syncs first: both show $expected',
    async ({ first, firstStatus, then, pushFirst, expected }) => {
      const phones = { a: await phone('a'), b: await phone('b') };
      const basket = await basketOnBoth(phones.a, phones.b);
      const earlier = phones[first];
      const later = first === 'a' ? phones.b : phones.a;
      const at = Date.now() + 1_000;
      const earlierHlc = await basket.record(earlier, firstStatus, at);
      const laterHlc = await basket.record(later, then, at + 60_000);
      expect(laterHlc > earlierHlc).toBe(true);

      const order = pushFirst === 'a' ? [phones.a, phones.b] : [phones.b, phones.a];
      for (const c of [...order, order[0] as TestClient]) expect(await c.engine.syncOnce()).toMatchObject({ ok: true, rejected: 0 });
      await expectConverged(phones.a, phones.b);
      const row = (await serverState(server)).pickups?.find((p) => (p as { id: string }).id === basket.id);
      expect(row).toMatchObject({ status: expected, deviceId: later.clientId, recordedAt: new Date(at + 60_000).toISOString() });
      expect(Object.values((row as { clocks: Record<string, string> }).clocks).every((clock) => clock === laterHlc)).toBe(true);
    },
  );
});
