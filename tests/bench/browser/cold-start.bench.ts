/**
 * offline cold start. From the navigation to the check-off list of a 500-basket distribution
 * on screen, the page served by the service worker with the network off and the CPU slowed 4× — against the empty
 * app (tests/bench/empty-app: same stack, a Dexie table rendered as a list) under the same conditions.
 *
 * Each run is a real cold start: the browser is launched again on the phone's profile (IndexedDB and the service
 * worker's cache on disk), set offline, slowed, and navigates to the screen. An init script watches the DOM
 * (MutationObserver from document start); the time is performance.now() — measured from the navigation's start —
 * in the first animation frame after the first row of the list is in the DOM, i.e. the frame that paints the list.
 * Runs alternate app / empty app / empty app / app … so drift hits both alike.
 */
import type { Phone } from '../lib/browser';
import { openPhone, profileDir, slowCpu, waitForServiceWorkerControl } from '../lib/browser';
import { startSeededServer } from '../lib/app-server';
import { buildEmptyAppIfStale, EMPTY_APP_DIST } from '../lib/empty-app';
import { serveStatic } from '../lib/static-server';
import { signInAndSync } from '../lib/sign-in';
import { summary, type BenchRow } from '../lib/stats';

const CPU_SLOWDOWN = 4;
const TARGET_RATIO = 1.25;

interface Subject {
  name: string;
  dir: string;
  url: string;
  rowSelector: string;
}

declare global {
  interface Window {
    __benchFrame?: number;
  }
}

/** performance.now() in the first frame after a row matching `selector` entered the DOM. */
function watchForRows(selector: string): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchFrame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function coldStart(subject: Subject): Promise<number> {
  const phone: Phone = await openPhone(subject.dir);
  try {
    await phone.context.setOffline(true);
    await slowCpu(phone, CPU_SLOWDOWN);
    await phone.context.addInitScript(watchForRows, subject.rowSelector);
    const response = await phone.page.goto(subject.url, { waitUntil: 'commit' });
    if (!response?.fromServiceWorker()) throw new Error(`${subject.name}: ${subject.url} was not served by the service worker`);
    const frame = await phone.page.waitForFunction(() => window.__benchFrame, undefined, { timeout: 120_000, polling: 50 });
    return (await frame.jsonValue()) as number;
  } finally {
    await phone.context.close();
  }
}

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  const runs = smoke ? 1 : 7;
  const baskets = smoke ? 30 : 500;
  const server = await startSeededServer(
    smoke ? { members: 150, baskets, otherGroups: 2, producers: 3 } : { members: 10_000, baskets, otherGroups: 20, producers: 12 },
  );
  buildEmptyAppIfStale();
  const empty = await serveStatic(EMPTY_APP_DIST);
  const appProfile = profileDir('cold-app');
  const emptyProfile = profileDir('cold-empty');
  try {
    // Setting up, online: the app signed in and synced, the empty app's table filled; both controlled by their worker.
    const app: Subject = {
      name: 'app',
      dir: appProfile.dir,
      url: `${server.url}/distributions/${server.bigDistributionId}/checkoff`,
      rowSelector: '[data-testid="basket-row"]',
    };
    const bare: Subject = { name: 'empty app', dir: emptyProfile.dir, url: `${empty.url}/list`, rowSelector: '[data-testid="row"]' };
    let phone = await openPhone(app.dir);
    try {
      await phone.page.goto(server.url);
      await waitForServiceWorkerControl(phone.page);
      await signInAndSync(phone.page, server.url, smoke ? 60_000 : 300_000);
      await phone.page.goto(app.url);
      await phone.page.locator(app.rowSelector).first().waitFor({ timeout: 60_000 });
    } finally {
      await phone.context.close();
    }
    phone = await openPhone(bare.dir);
    try {
      await phone.page.goto(`${empty.url}/list?rows=${baskets}`);
      await phone.page.locator(bare.rowSelector).first().waitFor();
      await waitForServiceWorkerControl(phone.page);
    } finally {
      await phone.context.close();
    }

    const times: Record<'app' | 'empty app', number[]> = { app: [], 'empty app': [] };
    for (let n = 0; n < runs; n += 1) {
      const order = n % 2 === 0 ? [app, bare] : [bare, app];
      for (const subject of order) times[subject.name as 'app' | 'empty app'].push(await coldStart(subject));
    }
    const appFigures = summary(times.app);
    const emptyFigures = summary(times['empty app']);
    const ratio = appFigures.median / emptyFigures.median;
    return [
      { name: `cold start offline, CPU ×${CPU_SLOWDOWN}: app, check-off of ${baskets} baskets`, unit: 'ms', ...appFigures },
      { name: `cold start offline, CPU ×${CPU_SLOWDOWN}: empty app, list`, unit: 'ms', ...emptyFigures },
      {
        name: 'cold start: app / empty app (medians)',
        unit: '×',
        median: ratio,
        min: ratio,
        max: ratio,
        runs,
        ratio,
        target: `≤ ${TARGET_RATIO}×`,
        pass: ratio <= TARGET_RATIO,
      },
    ];
  } finally {
    appProfile.remove();
    emptyProfile.remove();
    await empty.close();
    await server.close();
  }
}
