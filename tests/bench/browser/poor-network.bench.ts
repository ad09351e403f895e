/**
 * A market square's mobile network: every byte between the phone and the server through a loopback link shaped
 * like "Fast 3G" (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip; tests/bench/lib/slow-link.ts), on a new
 * phone each time (a new browser profile on disk):
 * - first install: from the navigation until the service worker is active, its precache complete — the moment the
 *   app works offline;
 * - a producer's first sync: sign-in to "Synchronisé" on the producer's account (their contracts, offers and
 *   distributions, members as first name and initial);
 * - a coordinator's first sync of the whole territory (10,000 members): sign-in to "Synchronisé".
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildLargeDataset } from '../../../src/data/large-dataset';
import { ROOT, startSeededServer, type SeededServer } from '../lib/app-server';
import { openPhone, profileDir, type Phone } from '../lib/browser';
import { signInAndSync } from '../lib/sign-in';
import { FAST_3G, slowLink } from '../lib/slow-link';
import { summary, type BenchRow } from '../lib/stats';

const TARGETS_MS = { install: 8_000, producer: 3_000, coordinator: 30_000 };
const PRODUCER = { login: 'producteur-bench', password: 'bench-producteur-2026' };

/** The producer with the most baskets at the big distribution, given an account of their own. */
function createProducerAccount(server: SeededServer, options: Parameters<typeof buildLargeDataset>[0]): void {
  const dataset = buildLargeDataset({ seed: 1, ...options });
  const producerOf = new Map(dataset.offers.map((offer) => [offer.id, offer.producerId]));
  const baskets = new Map<string, number>();
  for (const contract of dataset.contracts) {
    const producerId = producerOf.get(contract.offerId) ?? '';
    baskets.set(producerId, (baskets.get(producerId) ?? 0) + 1);
  }
  const [producerId] = [...baskets].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const args = ['src/server/cli/create-user.ts', '--login', PRODUCER.login, '--name', 'Producteur', '--role', 'producer'];
  const created = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [...args, '--producer', producerId], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, COURT_CIRCUIT_DATA: server.dataFile, COURT_CIRCUIT_PASSWORD: PRODUCER.password },
  });
  if (created.status !== 0) throw new Error(`user:create failed:\n${created.stdout}\n${created.stderr}`);
}

/** ms from the navigation until the service worker is active (its precache complete); the phone stays open. */
async function install(phone: Phone, url: string): Promise<number> {
  const started = performance.now();
  await phone.page.goto(url);
  await phone.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return performance.now() - started;
}

async function newPhone<T>(body: (phone: Phone) => Promise<T>): Promise<T> {
  const profile = profileDir('3g');
  const phone = await openPhone(profile.dir);
  try {
    return await body(phone);
  } finally {
    await phone.context.close();
    profile.remove();
  }
}

const timedRow = (name: string, values: number[], target: number): BenchRow => {
  const figures = summary(values);
  return { name, unit: 'ms', ...figures, target: `≤ ${target / 1000} s`, pass: figures.max <= target };
};

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  const runs = smoke ? 1 : 3;
  const options = smoke
    ? { members: 150, baskets: 30, otherGroups: 2, producers: 3 }
    : { members: 10_000, baskets: 500, otherGroups: 20, producers: 12 };
  const server = await startSeededServer(options);
  const link = await slowLink(server.url, FAST_3G);
  const timeoutMs = smoke ? 120_000 : 600_000;
  try {
    createProducerAccount(server, options);
    const installs: number[] = [];
    const producer: number[] = [];
    const coordinator: number[] = [];
    for (let n = 0; n < runs; n += 1) {
      for (const [times, account] of [
        [producer, PRODUCER],
        [coordinator, undefined],
      ] as const) {
        await newPhone(async (phone) => {
          installs.push(await install(phone, link.url));
          const started = performance.now();
          await signInAndSync(phone.page, link.url, timeoutMs, account);
          times.push(performance.now() - started);
        });
      }
    }
    const members = options.members.toLocaleString('en');
    return [
      timedRow('Fast 3G: first install, until the app works offline', installs, TARGETS_MS.install),
      timedRow("Fast 3G: a producer's first sync (sign-in → synced)", producer, TARGETS_MS.producer),
      timedRow(`Fast 3G: a coordinator's first sync of ${members} members (sign-in → synced)`, coordinator, TARGETS_MS.coordinator),
    ];
  } finally {
    await link.close();
    await server.close();
  }
}
