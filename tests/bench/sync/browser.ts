/** Debian's Chromium with a profile on disk (launchPersistentContext on a temp dir): IndexedDB writes really land. */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from '../../e2e/chromium';
import { removeDir, tempDir } from '../server/processes';

export interface Profile {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openProfile(url: string): Promise<Profile> {
  const dir = tempDir('profile');
  // The bench page is not the app: its PouchDB talks to pouchdb-server on another origin and evaluates code the
  // app's Content-Security-Policy (sent by the app server that serves this page) would refuse.
  const context = await chromium.launchPersistentContext(dir, { ...CHROMIUM, bypassCSP: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(300_000);
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    return {
      context,
      page,
      async close() {
        await context.close();
        removeDir(dir);
      },
    };
  } catch (error) {
    await context.close();
    removeDir(dir);
    throw error;
  }
}
