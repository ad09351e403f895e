/**
 * End to end: a distribution of 300 baskets opened online on phone A, 20 baskets ticked offline by typing
 * three letters, a reload offline keeps them, back online they reach the server; phone B sees the 20, and its
 * printed sign-off sheet lists every basket.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildLargeDataset, largeDatasetMutations, type LargeDataset } from '../../src/data/large-dataset';
import { foldText } from '../../src/domain/people/normalise';
import { EARLY_READ_GLOBAL, type EarlyCheckoffRead } from '../../src/db/early-checkoff/messages';
import { signIn } from './account';
import { waitForServiceWorkerControl } from './chromium';
import { seedOverHttp, startOwnServer, type OwnServer } from './seed';

const PORT = Number(process.env.E2E_DAY_PORT ?? 4320);
// One server for the file's tests, on one port: they run one after the other, in one worker.
test.describe.configure({ mode: 'serial' });
const BASKETS = 300;
const TICKED = 20;
// The ticks wait on the phone, and maybe the day's numbering, made when the check-off listed the day for the first
// time, if the list came after the last sync before the network went.
const TICKS_PENDING = new RegExp(`^(${TICKED}|${TICKED + 1}) modifications à synchroniser$`);
// What the check-off screen shows at most before asking to narrow the search (MAX_ROWS in use-checkoff.ts).
const SHOWN_AT_MOST = 100;

// Few members besides the big group's 300, and few other groups: this test is about the day, not the first sync.
const dataset = buildLargeDataset({ seed: 4, members: 400, baskets: BASKETS, otherGroups: 2, producers: 6 });
// The first `baskets` members make the big group, one basket each (large-dataset.ts).
const bigGroup = dataset.members.slice(0, BASKETS);
const proxyOf = new Map(dataset.absences.map((absence) => [absence.memberId, absence.proxyName]));

interface Pick {
  name: string;
  /** Three letters, as a volunteer types them. */
  query: string;
  /** Baskets the query should list: the member's and every other whose member or proxy name holds the letters. */
  matches: number;
}

const fullName = (member: LargeDataset['members'][number]) => `${member.firstName} ${member.lastName}`;

/**
 * Twenty members spread over the list, each with a name no one else in the group has (so their row is
 * unambiguous), found by three letters of the last name or of the first name in turn, with few enough matches
 * for every one to be shown.
 */
function pickMembers(): Pick[] {
  const searchable = bigGroup.map((member) => foldText(`${fullName(member)} ${proxyOf.get(member.id) ?? ''}`));
  const nameCount = new Map<string, number>();
  for (const member of bigGroup) nameCount.set(fullName(member), (nameCount.get(fullName(member)) ?? 0) + 1);
  const picks: Pick[] = [];
  for (let n = 3; n < bigGroup.length && picks.length < TICKED; n += 7) {
    const member = bigGroup[n] as (typeof bigGroup)[number];
    if (nameCount.get(fullName(member)) !== 1 || proxyOf.has(member.id)) continue;
    const query = foldText(picks.length % 2 === 0 ? member.lastName : member.firstName).slice(0, 3);
    const matches = searchable.filter((text) => text.includes(query)).length;
    if (matches <= SHOWN_AT_MOST) picks.push({ name: fullName(member), query, matches });
  }
  return picks;
}

const picks = pickMembers();
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
  return { context, page };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pending = (page: Page) => page.getByTestId('pending-count');
const online = (page: Page) => page.getByTestId('online-status');
const count = (page: Page, key: 'collected' | 'remaining' | 'due') => page.getByTestId(`count-${key}`).locator('dd');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Nom ou numéro de panier' });
const basketList = (page: Page) => page.getByRole('list', { name: 'Paniers attendus' });
// A row is named by its title, "Panier 12 Camille Martin".
const basketOf = (page: Page, name: string) =>
  basketList(page).getByRole('listitem', { name: new RegExp(`^Panier \\d+ ${escape(name)}$`) });

async function openCheckoff(page: Page): Promise<void> {
  await page.goto(`/distributions/${dataset.bigDistributionId}/checkoff`);
  await expect(page.getByRole('heading', { level: 1, name: 'Émargement' })).toBeVisible();
}

/** Types the three letters and checks the intended basket is listed among exactly the expected matches. */
async function search(page: Page, { name, query, matches }: Pick) {
  await searchBox(page).fill(query);
  await expect(basketList(page).getByRole('listitem')).toHaveCount(matches);
  const row = basketOf(page, name);
  await expect(row).toHaveCount(1);
  return row;
}

async function expectTicked(page: Page): Promise<void> {
  for (const pick of picks) {
    const row = await search(page, pick);
    await expect(row.locator('.badge')).toHaveText('Récupéré');
  }
  await searchBox(page).fill('');
}

test('300 baskets: 20 ticked offline by three letters survive a reload, reach a second phone, and the printed sheet lists every basket', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  expect(picks).toHaveLength(TICKED);
  const a = await openPhone(browser);
  const b = await openPhone(browser);
  try {
    await test.step('phone A signs in online, receives the whole territory and opens the check-off', async () => {
      await a.page.goto('/');
      await waitForServiceWorkerControl(a.page);
      await signIn(a.page);
      await expect(pending(a.page)).toHaveText('Tout est enregistré');
      await openCheckoff(a.page);
      await expect(count(a.page, 'due')).toHaveText(String(BASKETS));
      await expect(count(a.page, 'collected')).toHaveText('0');
      // Opening the day numbers its baskets once for every phone: that change is sent while still online.
      await expect(pending(a.page)).toHaveText('Tout est enregistré', { timeout: 15_000 });
    });

    await test.step('offline, 20 baskets are found by three letters and ticked in one tap', async () => {
      await a.context.setOffline(true);
      await expect(online(a.page)).toHaveText('Hors ligne');
      for (const [n, pick] of picks.entries()) {
        const row = await search(a.page, pick);
        await row.getByRole('button', { name: 'Récupéré', exact: true }).click();
        await expect(a.page.locator('.checkoff-last')).toHaveText(new RegExp(`^Panier \\d+, ${escape(pick.name)} : Récupéré\\.`));
        // Ready for the next person: the search is emptied.
        await expect(searchBox(a.page)).toHaveValue('');
        await expect(count(a.page, 'collected')).toHaveText(String(n + 1));
      }
      await expect(count(a.page, 'remaining')).toHaveText(String(BASKETS - TICKED));
      await expect(pending(a.page)).toHaveText(TICKS_PENDING);
    });

    await test.step('a reload offline comes from the service worker and keeps the 20 ticks', async () => {
      const response = await a.page.reload();
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(online(a.page)).toHaveText('Hors ligne');
      await expect(count(a.page, 'due')).toHaveText(String(BASKETS));
      await expect(count(a.page, 'collected')).toHaveText(String(TICKED));
      await expect(pending(a.page)).toHaveText(TICKS_PENDING);
      await expectTicked(a.page);
      // Opened cold, the check-off was read by the worker its page starts first, ticks included.
      const early = await a.page.evaluate(async (name) => {
        const reply = await (window as unknown as Record<string, EarlyCheckoffRead | undefined>)[name]?.reply;
        return reply?.ok ? { distributionId: reply.distributionId, pickups: reply.pickups.length } : reply;
      }, EARLY_READ_GLOBAL);
      expect(early).toEqual({ distributionId: dataset.bigDistributionId, pickups: TICKED });
    });

    await test.step('back online, phone A sends the ticks by itself', async () => {
      await a.context.setOffline(false);
      await expect(online(a.page)).toHaveText('En ligne');
      await expect(pending(a.page)).toHaveText('Tout est enregistré', { timeout: 20_000 });
      await expect(a.page.getByTestId('sync-error')).toHaveCount(0);
    });

    await test.step('phone B signs in and sees the same 20 baskets collected', async () => {
      await signIn(b.page);
      await openCheckoff(b.page);
      await expect(count(b.page, 'due')).toHaveText(String(BASKETS));
      await expect(count(b.page, 'collected')).toHaveText(String(TICKED));
      await expectTicked(b.page);
    });

    await test.step('phone B prints the sign-off sheet: every basket, no header or navigation', async () => {
      await b.page.goto(`/distributions/${dataset.bigDistributionId}/sheet`);
      const rows = b.page.locator('table.signoff-table tbody tr');
      await expect(rows).toHaveCount(BASKETS);
      await b.page.emulateMedia({ media: 'print' });
      await expect(b.page.locator('.app-header')).toBeHidden();
      await expect(b.page.getByRole('navigation')).toBeHidden();
      await expect(b.page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
      await expect(rows.last()).toBeVisible();

      const printed = await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent ?? '')),
      );
      expect(printed.map(([number]) => Number(number))).toEqual(Array.from({ length: BASKETS }, (_, n) => n + 1));
      const printedNames = printed.map(([, lastName, firstName]) => `${firstName} ${lastName}`).sort();
      expect(printedNames).toEqual(bigGroup.map(fullName).sort());

      const pdf = (await b.page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
      // About 25 signing rows fit an A4 page: 300 baskets cannot fit on a handful of pages unless rows were lost.
      expect(pages).toBeGreaterThanOrEqual(Math.ceil(BASKETS / 40));
    });
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test('on a 390 px phone, the check-off opened from the distribution’s page is no wider than the screen once baskets are ticked', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const phone = await openPhone(browser);
  try {
    await phone.page.setViewportSize({ width: 390, height: 844 });
    await signIn(phone.page);
    // The distribution's page first: its style sheet once leaked a row layout into the check-off's rows.
    await phone.page.goto(`/distributions/${dataset.bigDistributionId}`);
    await expect(phone.page.getByRole('heading', { level: 1 })).toBeVisible();
    await phone.page
      .getByRole('link', { name: /émargement/i })
      .first()
      .click();
    await expect(phone.page.getByRole('heading', { level: 1, name: 'Émargement' })).toBeVisible();
    // A basket still to hand over (the file's other test ticked its picks on this server).
    const row = basketList(phone.page)
      .getByRole('listitem')
      .filter({ has: phone.page.locator('.badge.status-pending') })
      .first();
    await row.getByRole('button', { name: 'Récupéré', exact: true }).click();
    await expect(phone.page.locator('.checkoff-last')).toContainText(' : Récupéré.');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The header's sync button stays whole beside a long status.
    const button = await phone.page.getByRole('status').getByRole('button', { name: 'Synchroniser' }).boundingBox();
    expect((button?.x ?? 0) + (button?.width ?? 0)).toBeLessThanOrEqual(390);
  } finally {
    await phone.context.close();
  }
});
