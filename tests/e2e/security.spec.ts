/**
 * The Content-Security-Policy the server sends is strict (no inline script but the page's own, by its hash; no
 * eval): the app must work under it. Every screen is opened, the example loaded and a check-off opened cold (the
 * page's inline script starts its worker), and the browser must report no violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './account';
import { startOwnServer, type OwnServer } from './seed';
import { createStandEvent, PEOPLE, signUp } from './stand';

// Its own server: the example it loads as a coordinator would reach the suite's shared one, whose members other
// specs count.
const PORT = Number(process.env.E2E_SECURITY_PORT ?? 4326);
let server: OwnServer;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.beforeAll(async () => {
  server = await startOwnServer(PORT);
});
test.afterAll(async () => server?.stop());

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

test('no screen breaks the Content-Security-Policy', async ({ page }) => {
  test.setTimeout(120_000);
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });

  const response = await page.goto('/stand');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
  await createStandEvent(page);
  await signUp(page, PEOPLE[0]);
  expect(await violations(page)).toEqual([]);

  // The example is a coordinator's to load: signed out, it would double the server's at the next sign-in.
  await signIn(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Charger l’exemple' }).click();
  await expect(page.getByRole('button', { name: 'Charger l’exemple' })).toHaveCount(0, { timeout: 20_000 });

  for (const path of ['/members', '/producers', '/groups', '/contracts', '/offers', '/distributions', '/programme', '/overview']) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await violations(page), path).toEqual([]);
    });
  }

  await page.goto('/distributions');
  await page.getByRole('main').getByRole('link').filter({ hasText: /\d{4}/ }).first().click();
  const distribution = new URL(page.url()).pathname;
  await page.goto(`${distribution}/checkoff`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Émargement');
  expect(await page.evaluate(() => '__courtCircuitCheckoffRead' in window)).toBe(true);
  expect(await violations(page)).toEqual([]);
  expect(logged).toEqual([]);
});
