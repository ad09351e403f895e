import { expect, test } from '@playwright/test';
import { waitForServiceWorkerControl } from './chromium';

test('after a first visit, the app and its deep links load offline from the service worker', async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/stand');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('online-status')).toHaveText('Hors ligne');
  // On a 390 × 844 phone the header keeps to 64 px and the bar's labels to 14 px at least, offline as online.
  const header = await page.locator('.app-header').boundingBox();
  expect(header?.height).toBeLessThanOrEqual(64);
  for (const size of await page.locator('.nav-link').evaluateAll((links) => links.map((link) => getComputedStyle(link).fontSize))) {
    expect(parseFloat(size)).toBeGreaterThanOrEqual(14);
  }
  await expect(page.getByRole('button', { name: 'Synchroniser' })).toHaveCount(0);

  for (const path of ['/members', '/producers/new']) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(page.getByRole('navigation')).toBeVisible();
  }
});

test.describe('control case: no service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the same page cannot load offline', async ({ page, context }) => {
    await page.goto('/stand');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});
