/** A server app with real accounts on a store (in-memory SQLite unless asked), and small request helpers for the auth tests. */
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { encodeHlc } from '../../src/domain/rows/hlc';
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import { buildApp, type AppDeps } from '../../src/server/app';
import { Accounts, type AccountsOptions } from '../../src/server/auth/accounts';
import type { ScryptCost } from '../../src/server/auth/password';
import type { NewUser } from '../../src/server/auth/account-schemas';
import type { ServerStore } from '../../src/server/store/open-store';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type PullResponse, type PushResponse } from '../../src/sync/protocol';
import { openTestStore, testStoreKind, type StoreKind } from './test-stores';

export const PROTOCOL = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

export interface AuthApp {
  app: FastifyInstance;
  store: ServerStore;
  /** The SQLite store, for the tests that read its file directly; throws on another store. */
  readonly sqlite: SqliteStore;
  accounts: Accounts;
  clock: { now: number };
  close(): Promise<void>;
}

/** scrypt at a test's cost: the production cost (2^17) takes 128 MiB and a fraction of a second per hash. */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

export async function startAuthApp(
  options: Pick<AppDeps, 'loginAttemptsPerMinute' | 'loginAttemptsPerAddressPerMinute' | 'passwordChecks' | 'trustProxy' | 'liveEvents'> &
    Pick<AccountsOptions, 'passwordCost'> & { store?: StoreKind } = {},
): Promise<AuthApp> {
  const { passwordCost = TEST_PASSWORD_COST, store: kind = testStoreKind(), ...appOptions } = options;
  const opened = await openTestStore(kind);
  const { store } = opened;
  const clock = { now: Date.now() };
  const accounts = new Accounts(store.accountsDb, { now: () => clock.now, passwordCost });
  const app = await buildApp({ store, accounts, ...appOptions });
  return {
    app,
    store,
    get sqlite() {
      if (!(store instanceof SqliteStore)) throw new Error('This test reads the SQLite file: run it on SQLite.');
      return store;
    },
    accounts,
    clock,
    async close() {
      await app.close();
      await opened.dispose();
    },
  };
}

export function bearer(token: string): Record<string, string> {
  return { ...PROTOCOL, authorization: `Bearer ${token}` };
}

export interface Phone {
  token: string;
  sessionId: string;
  clientId: string;
  userId: string;
  nextMutationId: number;
}

/** An account with a session on its own device, opened without a login round trip (the login route has its own tests). */
export async function accountWithPhone(
  accounts: Accounts,
  user: Omit<NewUser, 'password'>,
  clientId = `phone-${user.login}`,
): Promise<Phone> {
  const created = await accounts.createUser({ ...user, password: 'correct horse battery' });
  const session = await accounts.openSession(created.id, clientId, `Téléphone de ${user.name}`);
  return { ...session, clientId, userId: created.id, nextMutationId: 1 };
}

export async function push<N extends MutationName>(app: FastifyInstance, phone: Phone, name: N, args: MutationArgs<N>) {
  const mutationId = phone.nextMutationId;
  const response = await app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: bearer(phone.token),
    payload: {
      clientId: phone.clientId,
      mutations: [{ mutationId, name, args, hlc: encodeHlc({ wallMs: Date.now(), counter: mutationId, node: phone.clientId }) }],
    },
  });
  if (response.statusCode === 200) phone.nextMutationId += 1;
  const body = response.json<PushResponse>();
  return { statusCode: response.statusCode, body, outcome: body.outcomes?.[0] };
}

export async function pullAll(app: FastifyInstance, phone: Phone): Promise<PullResponse> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/sync/pull?clientId=${phone.clientId}&cursor=0&limit=2000`,
    headers: bearer(phone.token),
  });
  if (response.statusCode !== 200) throw new Error(`pull failed: ${response.statusCode} ${response.body}`);
  return response.json<PullResponse>();
}

/** Everything the sync tables hold, to prove that a refused request changed nothing. */
export async function storeSnapshot(store: ServerStore): Promise<string> {
  const db = store.accountsDb;
  return JSON.stringify([
    await db.all('SELECT * FROM rows ORDER BY tbl, id'),
    await db.all('SELECT * FROM clients ORDER BY client_id'),
    await db.all('SELECT * FROM rejections ORDER BY client_id, mutation_id'),
  ]);
}

/** A mutation the account's role never runs. */
export const FORBIDDEN = { status: 'rejected', code: 'forbidden', issues: [{ path: '', message: 'validation.forbidden' }] };

/**
 * A refusal of the account's access, whichever it is: its role never runs the mutation (forbidden), or a row it
 * names is none of its business, answered as an unknown row (notFound) or, for a new row's id, as a taken one (exists).
 */
export const REFUSED = expect.objectContaining({ status: 'rejected', code: expect.stringMatching(/^(forbidden|notFound|exists)$/) });
