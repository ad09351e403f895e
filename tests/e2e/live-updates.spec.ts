/**
 * Two phones of one account, online, nobody touching B: a basket ticked on A shows as collected on B within seconds,
 * and a person signed up at A's stand is listed on B, through the live channel (the periodic sync is a minute).
 */
import { expect, test, type Browser } from '@playwright/test';
import { largeDatasetMutations } from '../../src/data/large-dataset';
import { signIn } from './account';
import { waitForServiceWorkerControl } from './chromium';
import { liveDataset, openCheckoff, signUpOnAListedOnB, tickOnAShownOnB, uniqueBasketNames } from './live';
import { seedOverHttp, startOwnServer, type OwnServer } from './seed';
import { createStandEvent } from './stand';

const PORT = Number(process.env.E2E_LIVE_PORT ?? 4321);
const dataset = liveDataset(7);
let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  server = await startOwnServer(PORT);
  await seedOverHttp(server.origin, largeDatasetMutations(dataset));
});

test.afterAll(async () => {
  await server?.stop();
});

async function openPhone(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.origin, locale: 'fr-FR', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await signIn(page);
  await expect(page.getByTestId('pending-count')).toHaveText('Tout est enregistré');
  return { context, page };
}

// Well within the 60 s of the periodic sync this replaces; the figure to hold (p95 ≤ 1 s) is the benchmark's,
// measured on a quiet machine (tests/bench/sync/live.bench.ts): a busy test run must not fail on it.
const SHOWN_WITHIN_MS = 5_000;

test('a tick on phone A shows on phone B within 5 s, and a sign-up on A is listed on B, without touching B', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await openPhone(browser);
  const b = await openPhone(browser);
  try {
    await test.step('a basket ticked on A is collected on B', async () => {
      await openCheckoff(a.page, dataset.bigDistributionId);
      await openCheckoff(b.page, dataset.bigDistributionId);
      const [name] = uniqueBasketNames(dataset);
      expect(name).toBeDefined();
      const ms = await tickOnAShownOnB(a.page, b.page, name as string, SHOWN_WITHIN_MS);
      expect(ms).toBeLessThanOrEqual(SHOWN_WITHIN_MS);
    });

    await test.step('a person signed up on A is listed on B', async () => {
      await createStandEvent(a.page, { name: 'Fête des Tilleuls' });
      await b.page.goto('/members');
      const ms = await signUpOnAListedOnB(
        a.page,
        b.page,
        { firstName: 'Zéphyrine', lastName: 'Quasimodo', phone: '06 98 76 54 31', email: '' },
        SHOWN_WITHIN_MS,
      );
      expect(ms).toBeLessThanOrEqual(SHOWN_WITHIN_MS);
    });
  } finally {
    await a.context.close();
    await b.context.close();
  }
});
