/**
 * Writes a large territory into a server data file, for benchmarks and end-to-end tests:
 *   npm run seed:large -- --members 10000 --baskets 2000 [--seed 1] [--groups 20] [--producers 12] [--data file]
 * It goes through the push path (a server-side client, in batches), so every row is validated, versioned and
 * pulled like a phone's change. The same seed gives the same ids: running it twice on one file changes nothing.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildLargeDataset, largeDatasetMutations } from '../../data/large-dataset';
import { MAX_PUSH_MUTATIONS } from '../../sync/protocol';
import { SqliteStore } from '../store/sqlite-store';
import { fullAccess } from '../replication/access-policy';
import { applyPush } from '../replication/push';
import { ServerClock } from '../replication/server-clock';

export const LARGE_SEED_CLIENT_ID = 'server-large-seed';

const USAGE =
  'Usage : npm run seed:large -- [--members 10000] [--baskets 2000] [--seed 1] [--groups 20] [--producers 12] [--data fichier.sqlite]';

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`--${name} doit être un entier positif, reçu « ${value} »`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      members: { type: 'string' },
      baskets: { type: 'string' },
      seed: { type: 'string' },
      groups: { type: 'string' },
      producers: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const dataset = buildLargeDataset({
    members: count(values.members, 10_000, 'members'),
    baskets: count(values.baskets, 2_000, 'baskets'),
    seed: count(values.seed, 1, 'seed'),
    otherGroups: count(values.groups, 20, 'groups'),
    producers: count(values.producers, 12, 'producers'),
  });
  const mutations = largeDatasetMutations(dataset);
  const file = path.resolve(values.data ?? process.env.COURT_CIRCUIT_DATA ?? './data/court-circuit.sqlite');
  const store = new SqliteStore(file);
  const clock = new ServerClock('server-large-seed');
  const actor = { userId: 'server', role: 'coordinator' as const, clientId: LARGE_SEED_CLIENT_ID, groupIds: [], producerId: null };
  let rejected = 0;
  try {
    let last = await store.read((tx) => tx.lastMutationId(LARGE_SEED_CLIENT_ID));
    for (let start = 0; start < mutations.length; start += MAX_PUSH_MUTATIONS) {
      const batch = mutations
        .slice(start, start + MAX_PUSH_MUTATIONS)
        .map((mutation, n) => ({ ...mutation, mutationId: last + n + 1, hlc: clock.next() }));
      const response = await applyPush(actor, { clientId: LARGE_SEED_CLIENT_ID, mutations: batch }, { store, clock, access: fullAccess });
      for (const outcome of response.outcomes) {
        if (outcome.status === 'rejected') {
          rejected += 1;
          if (rejected <= 5)
            console.error(`refusé : ${batch[outcome.mutationId - last - 1]?.name} ${outcome.code} ${JSON.stringify(outcome.issues)}`);
        }
      }
      last = response.lastMutationId;
    }
  } finally {
    await store.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Données écrites dans ${file} en ${seconds} s (${mutations.length} changements, ${rejected} refusés) :`);
  console.log(
    `  ${dataset.members.length} membres, ${dataset.groups.length} groupes, ${dataset.producers.length} producteurs, ${dataset.offers.length} offres, ` +
      `${dataset.contracts.length} contrats, ${dataset.distributions.length} distributions, ${dataset.absences.length} absences avec procuration`,
  );
  const big = dataset.distributions.find((d) => d.id === dataset.bigDistributionId);
  console.log(
    `  Grande distribution : ${dataset.bigDistributionId} (${big?.date}, groupe ${big?.groupId}) avec ${count(values.baskets, 2_000, 'baskets')} paniers`,
  );
  return rejected === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
