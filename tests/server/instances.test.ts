// @vitest-environment node
/**
 * Several server processes on one PostgreSQL database, as behind a balancer: a session opened on one holds on the
 * other, a push through one is pulled and announced through the other, a SIGKILL of one during a burst loses no
 * acknowledged mutation while the other keeps serving, and concurrent pushers on both never make a reader skip a
 * committed change.
 */
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CourtCircuitDb } from '../../src/db/database';
import { getDevice } from '../../src/db/device';
import { runMutation } from '../../src/db/mutate';
import { SyncEngine } from '../../src/sync/engine';
import { LIVE_EVENTS_PATH, type LoginResponse, type PullResponse } from '../../src/sync/protocol';
import { replicaState } from '../sync/harness';
import { signUpArgs } from '../factories/entities';
import { ADMIN, PROTOCOL, fakeDist, get, login, pull, pushOne, startInstance, type Device, type Instance } from '../helpers/server-process';
import { createTestDatabase, type TestDatabase } from '../helpers/test-stores';

let database: TestDatabase;
let dist: ReturnType<typeof fakeDist>;
let a: Instance;
let b: Instance;
// Sessions kept from test to test: logins are limited per address and login, now across instances too.
const devices: Device[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  dist = fakeDist();
  // One after the other: the first creates the coordinator (two at once are also fine, bootstrap.ts).
  a = await startInstance(database.url, dist.dir);
  b = await startInstance(database.url, dist.dir);
}, 90_000);

afterAll(async () => {
  await a?.kill();
  await b?.kill();
  dist?.remove();
  await database?.drop();
});

type Pulled = PullResponse['changes'][number] & { row: { id: string } };

/** Every page after `cursor`, through one instance: the ids seen and the cursor reached. */
async function pullAll(base: string, device: Device, cursor = 0, limit = 500): Promise<{ ids: string[]; cursor: number }> {
  const ids: string[] = [];
  for (;;) {
    const page = await pull(base, device, cursor, limit);
    ids.push(...(page.changes as Pulled[]).map((change) => change.row.id));
    cursor = page.cursor;
    if (!page.hasMore) return { ids, cursor };
  }
}

/** Opens a live stream, runs `trigger` once the stream has said its first version, and resolves with one that passes `until`. */
async function liveVersion(base: string, device: Device, until: (version: number) => boolean, trigger: () => Promise<unknown>) {
  const opened = await get(base, device, LIVE_EVENTS_PATH);
  if (!opened.body) throw new Error('no stream');
  const reader = opened.body.pipeThrough(new TextDecoderStream()).getReader();
  const versions: number[] = [];
  const parser = createParser({ onEvent: (event) => versions.push(Number(event.data)) });
  let triggered = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`stream ended after ${versions.join(', ')}`);
      parser.feed(value);
      const found = versions.find(until);
      if (found !== undefined) return found;
      if (!triggered && versions.length > 0) {
        triggered = true;
        await trigger();
      }
    }
  } finally {
    await reader.cancel();
  }
}

it('shares sessions, rows and live announcements between the two instances', async () => {
  const phone = await login(a.base, 'phone-shared');
  devices.push(phone);
  expect((await get(b.base, phone, '/api/auth/me')).status).toBe(200);

  const member = signUpArgs();
  expect((await pushOne(a.base, phone, 'member.signUp', member)).outcomes[0]?.status).toBe('applied');
  expect((await pullAll(b.base, phone)).ids).toContain(member.id);

  // Pushed through A, announced on B's stream.
  const listener = await login(b.base, 'phone-listener');
  devices.push(listener);
  const before = (await pullAll(b.base, listener)).cursor;
  const announced = await liveVersion(
    b.base,
    listener,
    (version) => version > before,
    () => pushOne(a.base, phone, 'member.signUp', signUpArgs()),
  );
  expect(announced).toBeGreaterThan(before);

  // Signed out through B, refused by A at once.
  const other = await login(a.base, 'phone-revoked');
  const logout = await fetch(`${b.base}/api/auth/logout`, {
    method: 'POST',
    headers: { ...PROTOCOL, authorization: `Bearer ${other.token}` },
  });
  expect(logout.status).toBe(200);
  const refused = await get(a.base, other, '/api/auth/me');
  expect(refused.status).toBe(401);
});

/** A phone (its own database and sync engine) signed in through `base`, whose requests go where `route` says. */
async function appPhone(name: string, base: string, route: (path: string) => string) {
  const db = new CourtCircuitDb(`${name}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  const { clientId } = await getDevice(db);
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { ...PROTOCOL, 'content-type': 'application/json' },
    body: JSON.stringify({ ...ADMIN, clientId, deviceName: name }),
  });
  const { token, sessionId, user } = (await response.json()) as LoginResponse;
  await db.session.put({ key: 'session', token, sessionId, user, signedInAt: new Date().toISOString() });
  const engine = new SyncEngine({
    db,
    pullLimit: 3,
    transport: { baseUrl: '', fetch: (path, init) => fetch(`${route(path)}${path}`, init) },
  });
  return { db, engine };
}

it('a phone that syncs through one instance, then the other, alternately, converges with a phone on one', async () => {
  let turn = 0;
  const alternating = await appPhone('alternating', a.base, () => [a.base, b.base][(turn += 1) % 2] as string);
  const steady = await appPhone('steady', b.base, () => b.base);
  const ids: string[] = [];
  for (const phone of [alternating, steady]) {
    for (let n = 0; n < 4; n += 1) {
      const member = signUpArgs();
      ids.push(member.id);
      expect(await runMutation(phone.db, 'member.signUp', member)).toMatchObject({ ok: true });
    }
  }
  for (let round = 0; round < 3; round += 1) {
    expect(await alternating.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await steady.engine.syncOnce()).toMatchObject({ ok: true });
    const edited = ids[round] as string;
    await runMutation(alternating.db, 'member.update', { id: edited, patch: { notes: `tour ${round}` } });
    await runMutation(steady.db, 'member.update', { id: edited, patch: { householdSize: round + 1 } });
  }
  for (const phone of [alternating, steady, alternating]) expect(await phone.engine.syncOnce()).toMatchObject({ ok: true });
  expect(turn).toBeGreaterThan(4);
  const state = await replicaState(alternating.db);
  expect(state.members?.map((m) => (m as { id: string }).id)).toEqual(expect.arrayContaining(ids));
  expect(await replicaState(steady.db)).toEqual(state);
  for (const phone of [alternating, steady]) {
    expect(await phone.db.outbox.count()).toBe(0);
    phone.db.close();
    await phone.db.delete();
  }
});

/** Pushes `count` sign-ups one after the other, each resent to `fallback` when `target()` fails; the ids acknowledged. */
async function pushBurst(device: Device, count: number, target: () => string, fallback: string): Promise<string[]> {
  const acknowledged: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const member = signUpArgs();
    const answer = await pushOne(target(), device, 'member.signUp', member).catch(() => pushOne(fallback, device, 'member.signUp', member));
    expect(answer.outcomes.at(-1)?.status ?? 'applied').toBe('applied');
    acknowledged.push(member.id);
  }
  return acknowledged;
}

it('loses no acknowledged push when one instance is killed during a burst, and the other keeps serving', async () => {
  const pushers = await Promise.all(['k1', 'k2', 'k3'].map((name) => login(b.base, `phone-${name}`)));
  devices.push(...pushers);
  let alive = a.base;
  const bursts = pushers.map((device) => pushBurst(device, 40, () => alive, b.base));
  // Killed once the burst is well under way, with pushes in flight.
  const reader = pushers[0] as Device;
  for (;;) {
    const page = await pull(b.base, reader, 0, 1);
    if (page.remaining + page.changes.length >= 40) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await a.kill();
  alive = b.base;
  const acknowledged = (await Promise.all(bursts)).flat();
  expect(acknowledged).toHaveLength(120);

  const watcher = await login(b.base, 'phone-after-kill');
  const stored = new Set((await pullAll(b.base, watcher)).ids);
  expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  for (const device of pushers) expect((await pull(b.base, device, 0, 1)).lastMutationId).toBe(40);
}, 120_000);

it('never lets a reader skip a committed change while pushers write through both instances at once', async () => {
  a = await startInstance(database.url, dist.dir);
  const pushers = devices.splice(0);
  expect(pushers).toHaveLength(5);
  const reader = await login(b.base, 'phone-reader');
  let cursor = (await pullAll(b.base, reader)).cursor;
  const seen: string[] = [];
  let writing = true;
  const writes = Promise.all(
    pushers.map((device, index) => pushBurst(device, 25, () => (index % 2 === 0 ? a.base : b.base), b.base)),
  ).finally(() => (writing = false));
  // Small pages, read from both instances in turn, all through the writes: a page that showed a later version
  // before an earlier one committed would move the cursor past that one for good.
  let reads = 0;
  while (writing) {
    const page = await pull(reads % 2 === 0 ? b.base : a.base, reader, cursor, 7);
    seen.push(...(page.changes as Pulled[]).map((change) => change.row.id));
    cursor = page.cursor;
    reads += 1;
  }
  const acknowledged = (await writes).flat();
  const rest = await pullAll(b.base, reader, cursor);
  seen.push(...rest.ids);
  expect(reads).toBeGreaterThan(3);
  const got = new Set(seen);
  expect(acknowledged.filter((id) => !got.has(id))).toEqual([]);
  expect(seen).toHaveLength(got.size);
}, 120_000);
