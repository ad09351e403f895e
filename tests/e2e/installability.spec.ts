import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { BASE_URL, CHROMIUM } from './chromium';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

// A normal (non-incognito) profile: Chromium refuses installation in incognito contexts ("in-incognito").
test('Chromium finds nothing preventing installation', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'court-circuit-install-'));
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, baseURL: BASE_URL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/stand');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('every icon of the manifest loads, at the size it claims', async ({ page, request }) => {
  await page.goto('/stand');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href ?? '')).json()) as { icons: ManifestIcon[]; theme_color: string; display: string };
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toBe('#2f6b3a');
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  const icons = [...manifest.icons, { src: '/icons/apple-touch-icon-180.png', sizes: '180x180', type: 'image/png' }];
  for (const icon of icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
    expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
  }
  const favicon = await request.get('/favicon.svg');
  expect(favicon.status()).toBe(200);
  expect(await favicon.text()).toContain('<svg');
});
