import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createStandEvent, PEOPLE, signUp } from './stand';

const BLOCKING = new Set(['serious', 'critical']);

async function blockingViolations(page: Page) {
  // Wait for the lazy screen and its live queries, so axe sees the screen and not the loading line.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({ rule: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

test('no serious or critical accessibility violation on any screen', async ({ page }) => {
  test.setTimeout(120_000);
  await createStandEvent(page);
  await signUp(page, PEOPLE[0]);

  await page.goto('/members');
  await page.getByRole('main').getByRole('link', { name: new RegExp(PEOPLE[0].firstName) }).click();
  await expect(page).toHaveURL(/\/members\/[0-9A-Z]{26}$/);
  const memberPath = new URL(page.url()).pathname;

  await page.goto('/groups');
  await page.getByRole('button', { name: 'Nouveau groupe' }).click();
  await page.getByLabel('Nom du groupe').fill('AMAP des Tilleuls');
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: /AMAP des Tilleuls/ }).click();
  await expect(page).toHaveURL(/\/groups\/[0-9A-Z]{26}$/);
  const groupPath = new URL(page.url()).pathname;

  for (const path of ['/stand', '/members', memberPath, '/producers', '/producers/new', '/groups', groupPath, '/settings']) {
    await test.step(path, async () => {
      await page.goto(path);
      expect.soft(await blockingViolations(page), path).toEqual([]);
    });
  }
});
