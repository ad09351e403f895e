// @vitest-environment node
/**
 * A phone handed from one account to another after sign-out: its device id belongs to the first account, so the
 * second signs in under a new one, but only once the first account's waiting changes have been sent by it.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CourtCircuitDb } from '../../src/db/database';
import { getDevice, renewClientId } from '../../src/db/device';
import { runMutation } from '../../src/db/mutate';
import { clearSession, saveSession } from '../../src/db/session';
import { SyncEngine } from '../../src/sync/engine';
import { signInDevice, type DeviceForSignIn } from '../../src/sync/sign-in';
import { SyncFailure } from '../../src/sync/sync-failure';
import type { Transport } from '../../src/sync/transport';
import { signUpArgs } from '../factories/entities';
import { startAuthApp, type AuthApp } from '../helpers/auth-app';
import { injectFetch } from '../sync/harness';

const PASSWORD = 'correct horse battery';
let t: AuthApp;
let db: CourtCircuitDb;
let transport: Transport;
let device: DeviceForSignIn;

beforeEach(async () => {
  t = await startAuthApp();
  for (const [login, name] of [
    ['marie', 'Marie'],
    ['paul', 'Paul'],
  ] as const) {
    await t.accounts.createUser({ login, name, role: 'coordinator', password: PASSWORD });
  }
  db = new CourtCircuitDb(`handed-over-${Math.random().toString(36).slice(2)}`);
  await db.open();
  transport = { baseUrl: '', fetch: injectFetch(t) };
  device = {
    read: () => getDevice(db),
    renewClientId: () => renewClientId(db),
    keepSession: (session) => saveSession(db, session, new Date().toISOString()),
  };
});
afterEach(async () => {
  db.close();
  await db.delete();
  await t.close();
});

const signIn = (login: string) => signInDevice(device, transport, { login, password: PASSWORD });
const sync = () => new SyncEngine({ db, transport }).syncOnce();
const counter = async (clientId: string) =>
  (await t.store.accountsDb.get<{ n: number }>('SELECT last_mutation_id AS n FROM clients WHERE client_id = ?', [clientId]))?.n;
const memberIds = async () =>
  (await t.store.accountsDb.all<{ id: string }>("SELECT id FROM rows WHERE tbl = 'members' ORDER BY id")).map((row) => row.id);

it('refuses the second account while the first one’s changes wait, then gives the phone a new device id', async () => {
  await signIn('marie');
  const { clientId: maries } = await getDevice(db);
  const first = signUpArgs();
  expect((await runMutation(db, 'member.signUp', first)).ok).toBe(true);
  expect(await sync()).toMatchObject({ ok: true, pushed: 1 });
  // Typed offline, then Marie signs out before it was sent.
  const waiting = signUpArgs();
  expect((await runMutation(db, 'member.signUp', waiting)).ok).toBe(true);
  await clearSession(db);

  const refused = await signIn('paul').catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(SyncFailure);
  expect((refused as SyncFailure).key).toBe('sync.errors.deviceTaken');
  expect((await getDevice(db)).clientId).toBe(maries);
  expect(await db.session.count()).toBe(0);
  expect(await db.outbox.count()).toBe(1);

  // Marie sends it under her own account, and signs out.
  await signIn('marie');
  expect(await sync()).toMatchObject({ ok: true, pushed: 1 });
  await clearSession(db);

  const paul = await signIn('paul');
  expect(paul.user.login).toBe('paul');
  const renewed = await getDevice(db);
  expect(renewed.clientId).not.toBe(maries);
  expect(renewed.nextMutationId).toBe(1);
  expect(renewed.hlc.node).toBe(renewed.clientId);
  const third = signUpArgs();
  expect((await runMutation(db, 'member.signUp', third)).ok).toBe(true);
  expect(await sync()).toMatchObject({ ok: true, pushed: 1, rejected: 0 });
  expect([await counter(maries), await counter(renewed.clientId)]).toEqual([2, 1]);
  expect(await memberIds()).toEqual([first.id, waiting.id, third.id].sort());
  expect(await db.outbox.count()).toBe(0);
});

it('keeps the device id when the same account signs in again', async () => {
  await signIn('marie');
  const { clientId } = await getDevice(db);
  await clearSession(db);
  await signIn('MARIE');
  expect((await getDevice(db)).clientId).toBe(clientId);
});
