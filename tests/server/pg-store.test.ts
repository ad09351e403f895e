// @vitest-environment node
/**
 * The PostgreSQL store across instances: a commit is announced to the other instance's listeners through
 * LISTEN/NOTIFY, a listening connection that drops is replaced without losing what was committed meanwhile, and
 * connections killed by the database do not stop the instance.
 */
import { afterEach, expect, it } from 'vitest';
import { encodeHlc } from '../../src/domain/rows/hlc';
import { fullAccess } from '../../src/server/replication/access-policy';
import { applyPush } from '../../src/server/replication/push';
import { ServerClock } from '../../src/server/replication/server-clock';
import { PostgresStore } from '../../src/server/store/pg-store';
import { signUpArgs } from '../factories/entities';
import { createTestDatabase } from '../helpers/test-stores';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let mutationId = 0;
const push = (store: PostgresStore) => {
  mutationId += 1;
  return applyPush(
    { userId: 'u1', role: 'coordinator', clientId: 'phone-a', groupIds: [], producerId: null },
    {
      clientId: 'phone-a',
      mutations: [
        { mutationId, name: 'member.signUp', args: signUpArgs(), hlc: encodeHlc({ wallMs: Date.now(), counter: 0, node: 'phone-a' }) },
      ],
    },
    { store, access: fullAccess, clock: new ServerClock(), now: Date.now },
  );
};

async function twoStores(): Promise<[PostgresStore, PostgresStore]> {
  mutationId = 0;
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const a = await PostgresStore.open(database.url, { poolSize: 2 });
  const b = await PostgresStore.open(database.url, { poolSize: 2 });
  cleanups.push(
    () => a.close(),
    () => b.close(),
  );
  return [a, b];
}

function heard(store: PostgresStore): { versions: number[]; reach(version: number): Promise<void> } {
  const versions: number[] = [];
  const waiting: { version: number; resolve: () => void }[] = [];
  store.watchVersions((version) => {
    versions.push(version);
    for (const wait of waiting.filter((w) => w.version <= version)) wait.resolve();
  });
  return {
    versions,
    reach: (version) =>
      versions.some((seen) => seen >= version) ? Promise.resolve() : new Promise((resolve) => waiting.push({ version, resolve })),
  };
}

const latest = async (store: PostgresStore) => (await store.accountsDb.get<{ v: number }>('SELECT max(version) AS v FROM rows'))?.v ?? 0;

it('announces a commit of one instance to the listeners of the other, once committed', async () => {
  const [a, b] = await twoStores();
  const onB = heard(b);
  expect(onB.versions).toEqual([0]);
  await push(a);
  const version = await latest(a);
  await onB.reach(version);
  expect(onB.versions).toEqual([0, version]);
});

it('hears again after its listening connection was killed, including what was committed meanwhile', async () => {
  const [a, b] = await twoStores();
  const onB = heard(b);
  await b.accountsDb.run(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()",
  );
  await push(a);
  const version = await latest(a);
  await onB.reach(version);
  expect(onB.versions.at(-1)).toBe(version);
});

it('goes on writing and reading after the database killed its idle connections', async () => {
  const [a] = await twoStores();
  await push(a);
  await a.read((tx) => tx.countChangesAfter(0));
  await a.accountsDb.run(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle' AND pid <> pg_backend_pid()",
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect((await push(a)).outcomes[0]?.status).toBe('applied');
  expect(await a.read((tx) => tx.countChangesAfter(0))).toBe(2);
});
