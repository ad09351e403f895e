import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startServer, type RunningServer } from '../../src/server/server';
import { waitForServiceWorkerControl } from './chromium';
import { createStandEvent, fillPerson, standField } from './stand';

// Its own server and port: this test replaces the deployed build under the page's feet.
const PORT = Number(process.env.E2E_UPDATE_PORT ?? 4319);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ROOT = process.cwd();
const NEXT_DIST = 'dist-next';

function buildIdIn(distDir: string): string {
  const html = readFileSync(path.join(ROOT, distDir, 'index.html'), 'utf8');
  const id = /<meta name="build-id" content="([^"]+)"/.exec(html)?.[1];
  if (!id) throw new Error(`${distDir}/index.html has no build-id meta`);
  return id;
}

/** The "next release": the same sources built with another build id, so index.html and thus sw.js differ. */
function buildNextVersion(buildId: string): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', NEXT_DIST, '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, COURT_CIRCUIT_BUILD_ID: buildId },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`building ${NEXT_DIST} failed:\n${result.stdout}\n${result.stderr}`);
}

const dataFile = path.join(mkdtempSync(path.join(tmpdir(), 'court-circuit-update-')), 'data.sqlite');

function serve(distDir: string): Promise<RunningServer> {
  return startServer({
    dataFile,
    distDir: path.join(ROOT, distDir),
    host: '127.0.0.1',
    port: PORT,
    env: { COURT_CIRCUIT_ADMIN_PASSWORD: 'update-test-password', COURT_CIRCUIT_DEMO: '0' },
    say: () => undefined,
  });
}

const buildIdMeta = (page: Page) => page.locator('meta[name="build-id"]');

test('a new version is offered, never forced: the half-typed sign-up stays until the user accepts', async ({ page }) => {
  test.setTimeout(120_000);
  const nextId = `e2e-next-${Date.now()}`;
  buildNextVersion(nextId);
  const currentId = buildIdIn('dist');
  expect(buildIdIn(NEXT_DIST)).toBe(nextId);
  expect(readFileSync(path.join(ROOT, NEXT_DIST, 'sw.js'), 'utf8')).not.toBe(readFileSync(path.join(ROOT, 'dist', 'sw.js'), 'utf8'));

  let server = await serve('dist');
  try {
    await createStandEvent(page, { origin: ORIGIN });
    await waitForServiceWorkerControl(page);
    await expect(buildIdMeta(page)).toHaveAttribute('content', currentId);

    await fillPerson(page, { firstName: 'Awa', phone: '06 12 34 56 78' });
    await page.evaluate(() => {
      (window as unknown as { sameDocument?: boolean }).sameDocument = true;
    });

    // Deploy the next version and let the browser find it, as the hourly check would.
    await server.close();
    server = await serve(NEXT_DIST);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('Une nouvelle version est disponible');
    // Time for a reload that must not come: the page, its build and the typed values stay as they were.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(buildIdMeta(page)).toHaveAttribute('content', currentId);
    await expect(standField(page, 'Prénom')).toHaveValue('Awa');
    await expect(standField(page, 'Téléphone')).toHaveValue('06 12 34 56 78');

    await prompt.getByRole('button', { name: 'Mettre à jour' }).click();
    await expect(buildIdMeta(page)).toHaveAttribute('content', nextId);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
    // The stand keeps its draft across the reload, so accepting loses nothing either.
    await expect(standField(page, 'Prénom')).toHaveValue('Awa');
  } finally {
    await server.close();
  }
});
