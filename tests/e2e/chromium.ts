/** Debian's Chromium and the flags proven on these machines (TOOLCHAIN.md); Playwright downloads no browser. */
import type { LaunchOptions, Page } from '@playwright/test';

export const CHROMIUM: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4318);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The coordinator password the e2e server starts with (set through COURT_CIRCUIT_ADMIN_PASSWORD). */
export const E2E_ADMIN_PASSWORD = 'e2e-coordination-2026';

/**
 * With registerType 'prompt' the first load is not controlled: wait for the worker to be active, reload once,
 * then wait until it controls the page. After this, the page can load offline.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
