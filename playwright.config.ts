import { defineConfig } from '@playwright/test';
import { BASE_URL, CHROMIUM, E2E_PORT } from './tests/e2e/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // The JSON report feeds the closing "N passed, N failed" line of .ci/run.
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: CHROMIUM,
    locale: 'fr-FR',
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
  },
  // The production build, served by the same server as `npm start` (which rebuilds dist/ when it is stale).
  webServer: {
    command: 'node scripts/start.mjs',
    env: { PORT: String(E2E_PORT) },
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
