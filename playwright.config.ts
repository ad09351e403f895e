import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BASE_URL, CHROMIUM, E2E_ADMIN_PASSWORD, E2E_PORT } from './tests/e2e/chromium';

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
    // Traces double the time of the long tests even when they pass; rerun locally with --trace on to debug.
    trace: 'off',
  },
  // The production build, served by the same server as `npm start` (which rebuilds dist/ when it is stale).
  webServer: {
    command: 'node scripts/start.mjs',
    // A new, empty data file per run, without the example data, and a known coordinator password.
    env: {
      PORT: String(E2E_PORT),
      COURT_CIRCUIT_DATA: path.join(mkdtempSync(path.join(tmpdir(), 'court-circuit-e2e-')), 'data.sqlite'),
      COURT_CIRCUIT_DEMO: '0',
      COURT_CIRCUIT_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      // Every phone of the suite signs in from 127.0.0.1: more than a real address's 30 logins a minute.
      COURT_CIRCUIT_LOGINS_PER_ADDRESS: '1000',
      LOG_LEVEL: 'warn',
    },
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
