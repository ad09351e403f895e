/**
 * Chromium for the benchmarks: Debian's binary with the e2e flags, a persistent profile on disk (so IndexedDB
 * writes and reads hit the disk as on a phone, TOOLCHAIN.md), the CPU slowed down through the DevTools protocol.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM } from '../../e2e/chromium';

export interface Phone {
  context: BrowserContext;
  page: Page;
}

export function profileDir(name: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), `court-circuit-bench-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A phone-sized window on the profile in `dir`; the same dir gives the same IndexedDB and service worker. */
export async function openPhone(dir: string): Promise<Phone> {
  const context = await chromium.launchPersistentContext(dir, {
    ...CHROMIUM,
    locale: 'fr-FR',
    serviceWorkers: 'allow',
    viewport: { width: 390, height: 844 },
  });
  // tsx (esbuild, keepNames) wraps named inner functions in __name(): functions sent to page.evaluate need it.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Emulation.setCPUThrottlingRate: 4 means every task of the page's renderer takes four times longer. */
export async function slowCpu(phone: Phone, rate: number): Promise<void> {
  const cdp = await phone.context.newCDPSession(phone.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** With registerType 'prompt' the first load is not controlled: wait for the worker, reload, wait for control. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
