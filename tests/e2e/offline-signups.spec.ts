import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { BASE_URL, CHROMIUM, waitForServiceWorkerControl } from './chromium';
import { createStandEvent, PEOPLE, signUp } from './stand';

// A real profile on disk: an incognito context keeps IndexedDB in memory and would lose it on close.
let profile: string;
let context: BrowserContext | undefined;

const open = (offline: boolean) => chromium.launchPersistentContext(profile, { ...CHROMIUM, baseURL: BASE_URL, offline, locale: 'fr-FR' });

test.beforeEach(() => {
  profile = mkdtempSync(path.join(tmpdir(), 'court-circuit-profile-'));
});

test.afterEach(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('sign-ups made offline are still there after the browser is closed and reopened offline', async () => {
  context = await open(false);
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/stand');
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('online-status')).toHaveText('Hors ligne');
  await createStandEvent(page);
  for (const person of PEOPLE) await signUp(page, person);
  await context.close();

  context = await open(true);
  page = context.pages()[0] ?? (await context.newPage());
  const response = await page.goto('/members');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('online-status')).toHaveText('Hors ligne');
  const main = page.getByRole('main');
  for (const person of PEOPLE) {
    await expect(
      main.getByText(new RegExp(`${person.firstName}.*${person.lastName}|${person.lastName}.*${person.firstName}`)),
    ).toBeVisible();
  }
});
