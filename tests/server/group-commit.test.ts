// @vitest-environment node
/**
 * Pushes that arrive together share one SQLite transaction (group commit): each must still get the answer it
 * would have had alone, a push that fails must leave no trace, and no answer may come before the commit.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { encodeHlc } from '../../src/domain/rows/hlc';
import { SqliteStore } from '../../src/server/store/sqlite-store';
import { fullAccess, type AccessPolicy } from '../../src/server/replication/access-policy';
import type { Actor } from '../../src/server/replication/actor';
import { applyPush } from '../../src/server/replication/push';
import { ServerClock } from '../../src/server/replication/server-clock';
import type { OutgoingMutation, PushResponse } from '../../src/sync/protocol';
import { signUpArgs } from '../factories/entities';

const NOW = 1_780_000_000_000;
let dir: string;
let file: string;
let store: SqliteStore;
let committed: Database.Database;

const actorOf = (clientId: string): Actor => ({
  userId: `user-${clientId}`,
  role: 'coordinator',
  clientId,
  groupIds: [],
  producerId: null,
});
const signUp = (mutationId: number, args = signUpArgs()): OutgoingMutation => ({
  mutationId,
  name: 'member.signUp',
  args,
  hlc: encodeHlc({ wallMs: NOW - 1000 + mutationId, counter: 0, node: 'phone' }),
});

/** Breaks the server (not a refusal): the push it is part of must fail as a whole. */
const BROKEN_NAME = 'Panne';
const access: AccessPolicy = {
  ...fullAccess,
  async authorize(_actor, _name, args) {
    if ((args as { lastName?: string }).lastName === BROKEN_NAME) throw new Error('simulated server failure');
  },
};

function push(clientId: string, mutations: OutgoingMutation[]): Promise<PushResponse> {
  return applyPush(
    actorOf(clientId),
    { clientId, mutations },
    { store, access, clock: new ServerClock('server', () => NOW), now: () => NOW },
  );
}

/** What another connection sees on disk: committed data only. */
function lastOnDisk(clientId: string): number | undefined {
  return committed.prepare<[string], { last_mutation_id: number }>('SELECT last_mutation_id FROM clients WHERE client_id = ?').get(clientId)
    ?.last_mutation_id;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'court-circuit-group-commit-'));
  file = path.join(dir, 'server.sqlite');
  store = new SqliteStore(file);
  committed = new Database(file, { readonly: true });
});
afterEach(async () => {
  committed.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

it('answers each of concurrent pushes as if alone, rolls back only the one that fails, and answers after the commit', async () => {
  const seenOnDiskWhenAnswered = new Map<string, number | undefined>();
  const answered = (clientId: string) => (response: PushResponse) => {
    seenOnDiskWhenAnswered.set(clientId, lastOnDisk(clientId));
    return response;
  };
  const invalid = { ...signUp(2), args: { ...signUpArgs(), email: 'not-an-email', phone: '' } };
  const broken = signUp(2, signUpArgs({ lastName: BROKEN_NAME }));
  const [good, refused, failed, gap] = await Promise.allSettled([
    push('phone-a', [signUp(1), signUp(2)]).then(answered('phone-a')),
    push('phone-b', [signUp(1), invalid, signUp(3)]).then(answered('phone-b')),
    push('phone-c', [signUp(1), broken]),
    push('phone-d', [signUp(2)]).then(answered('phone-d')),
  ]);

  expect(good).toEqual({
    status: 'fulfilled',
    value: {
      lastMutationId: 2,
      outcomes: [
        { mutationId: 1, status: 'applied' },
        { mutationId: 2, status: 'applied' },
      ],
      serverTime: NOW,
      epoch: store.epoch,
    },
  });
  expect(refused).toMatchObject({
    status: 'fulfilled',
    value: {
      lastMutationId: 3,
      outcomes: [{ status: 'applied' }, { mutationId: 2, status: 'rejected', code: 'invalid' }, { status: 'applied' }],
    },
  });
  expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'simulated server failure' } });
  expect(gap).toEqual({ status: 'fulfilled', value: { lastMutationId: 0, outcomes: [], serverTime: NOW, epoch: store.epoch } });

  // Every answer was sent once its push was readable from another connection, i.e. committed.
  expect(Object.fromEntries(seenOnDiskWhenAnswered)).toEqual({ 'phone-a': 2, 'phone-b': 3, 'phone-d': 0 });
  // The failed push left nothing: no counter, no row, no version used.
  expect(lastOnDisk('phone-c')).toBeUndefined();
  const versions = committed
    .prepare<[], { version: number }>('SELECT version FROM rows ORDER BY version')
    .all()
    .map((r) => r.version);
  expect(versions).toEqual([1, 2, 3, 4]);
  const rejections = committed.prepare('SELECT client_id, mutation_id, code FROM rejections').all();
  expect(rejections).toEqual([{ client_id: 'phone-b', mutation_id: 2, code: 'invalid' }]);

  // The failed phone resends and is applied afresh; the refused mutation is answered from the record.
  const retried = await push('phone-c', [signUp(1), signUp(2)]);
  expect(retried.outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
  const resent = await push('phone-b', [invalid]);
  expect(resent.outcomes[0]).toMatchObject({ status: 'rejected', code: 'invalid' });
});

it('shares one transaction between the pushes of one turn of the event loop', async () => {
  const connection = store.connection;
  const statements: string[] = [];
  const exec = connection.exec.bind(connection);
  connection.exec = (sql: string) => {
    statements.push(sql);
    return exec(sql);
  };
  await Promise.all(['a', 'b', 'c'].map((name) => push(`phone-${name}`, [signUp(1)])));
  expect(statements.filter((sql) => sql === 'COMMIT')).toHaveLength(1);
  expect(['a', 'b', 'c'].map((name) => lastOnDisk(`phone-${name}`))).toEqual([1, 1, 1]);
});

it('fails every push of the batch when the transaction itself is lost, and stores none of them', async () => {
  const connection = store.connection;
  const [good, lost] = await Promise.allSettled([
    push('phone-a', [signUp(1)]),
    // What SQLite does on SQLITE_FULL or an I/O error: the whole transaction is rolled back under the batch.
    store.write(async () => {
      connection.exec('ROLLBACK');
      throw new Error('disk full');
    }),
  ]);
  expect(good).toMatchObject({ status: 'rejected', reason: { message: 'disk full' } });
  expect(lost).toMatchObject({ status: 'rejected', reason: { message: 'disk full' } });
  expect(lastOnDisk('phone-a')).toBeUndefined();

  const resent = await push('phone-a', [signUp(1)]);
  expect(resent.outcomes).toEqual([{ mutationId: 1, status: 'applied' }]);
  expect(lastOnDisk('phone-a')).toBe(1);
});
