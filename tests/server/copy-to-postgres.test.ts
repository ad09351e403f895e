// @vitest-environment node
/**
 * A territory moved from its SQLite file to PostgreSQL keeps everything its phones rely on: the same rows at the
 * same versions, each device's mutation counter, accounts and sessions, and the epoch; the check finds a difference.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { encodeHlc } from '../../src/domain/rows/hlc';
import { AccountAdmin } from '../../src/server/auth/account-admin';
import { Accounts } from '../../src/server/auth/accounts';
import { fullAccess } from '../../src/server/replication/access-policy';
import { applyPush } from '../../src/server/replication/push';
import { ServerClock } from '../../src/server/replication/server-clock';
import { checkCopy, copySqliteToPostgres } from '../../src/server/store/copy-to-postgres';
import { createPool } from '../../src/server/store/pg-connection';
import { PostgresStore } from '../../src/server/store/pg-store';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import type { SyncStore } from '../../src/server/store/store';
import { signUpArgs } from '../factories/entities';
import { TEST_PASSWORD_COST } from '../helpers/auth-app';
import { createTestDatabase } from '../helpers/test-stores';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const actor = { userId: 'u1', role: 'coordinator' as const, clientId: 'phone-a', groupIds: [], producerId: null };
const push = (store: SyncStore, mutationId: number, args = signUpArgs()) =>
  applyPush(
    actor,
    {
      clientId: 'phone-a',
      mutations: [
        { mutationId, name: 'member.signUp', args, hlc: encodeHlc({ wallMs: Date.now(), counter: mutationId, node: 'phone-a' }) },
      ],
    },
    { store, access: fullAccess, clock: new ServerClock(), now: Date.now },
  );

async function territoryFile(): Promise<{ file: string; token: string; epoch: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-move-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'data.sqlite');
  const store = new SqliteStore(file);
  const accounts = new Accounts(store.accountsDb, { passwordCost: TEST_PASSWORD_COST });
  const user = await accounts.createUser({ login: 'Camille', name: 'Camille', role: 'coordinator', password: 'correct horse battery' });
  const { token } = await accounts.openSession(user.id, 'phone-a', 'Pixel');
  await new AccountAdmin(accounts).recordCreated({ userId: user.id, login: 'Camille' }, user, []);
  for (let mutationId = 1; mutationId <= 12; mutationId += 1) await push(store, mutationId);
  // A rejected mutation is copied too: a resend is answered from it.
  await push(store, 13, { ...signUpArgs(), email: 'not-an-email' });
  const epoch = store.epoch;
  await store.close();
  return { file, token, epoch };
}

it('copies the file into an empty database, checks it, and the phones go on where they were', async () => {
  const { file, token, epoch } = await territoryFile();
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());

  const report = await copySqliteToPostgres(file, database.url);
  expect(report.epoch).toBe(epoch);
  expect(report.latestVersion).toBeGreaterThan(0);
  expect(Object.fromEntries(report.tables.map((table) => [table.table, table.rows]))).toMatchObject({
    clients: 1,
    rejections: 1,
    users: 1,
    sessions: 1,
    devices: 1,
    account_audit: 1,
  });

  const store = await PostgresStore.open(database.url, { poolSize: 2 });
  cleanups.push(() => store.close());
  expect(store.epoch).toBe(epoch);
  const accounts = new Accounts(store.accountsDb, { passwordCost: TEST_PASSWORD_COST });
  expect(await accounts.authenticate(token)).toMatchObject({ ok: true, actor: { clientId: 'phone-a' } });
  expect(await accounts.verifyLogin('camille', 'correct horse battery')).toMatchObject({ login: 'Camille' });
  // The device's counter came along: a resend is a no-op, the next mutation gets the next version.
  const resend = await push(store, 13);
  expect(resend.lastMutationId).toBe(13);
  const next = await push(store, 14);
  expect(next.outcomes[0]?.status).toBe('applied');
  const changes = await store.read((tx) => tx.changesAfter(report.latestVersion, 10));
  expect(changes.map((change) => change.version)).toEqual([report.latestVersion + 1]);
  // The audit log's numbering goes on after the copied lines.
  const admin = new AccountAdmin(accounts);
  const camille = await accounts.verifyLogin('camille', 'correct horse battery');
  if (!camille) throw new Error('no account');
  await admin.recordCreated({ userId: camille.id, login: camille.login }, camille, []);
  expect((await admin.auditLog()).map((entry) => entry.id)).toEqual([2, 1]);
});

it('refuses a database that already holds data, and its check finds a changed row', async () => {
  const { file } = await territoryFile();
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  await copySqliteToPostgres(file, database.url);
  await expect(copySqliteToPostgres(file, database.url)).rejects.toThrow(/already holds data/);

  const pool = createPool(database.url, 1);
  cleanups.push(() => pool.end());
  await pool.query('UPDATE rows SET data = replace(data, \'"deleted":false\', \'"deleted":true\') WHERE version = 1');
  const source = new Database(file, { readonly: true });
  cleanups.push(() => source.close());
  await expect(checkCopy(source, pool)).rejects.toThrow(/table rows differs/);
});
