// Prints the closing "N passed, N failed" line of a CI run from the JSON reports of vitest and Playwright, so a
// run that stopped before the tests (type or lint error) is never mistaken for "no test failed".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build-freshness.mjs';

const reports = path.join(ROOT, 'reports');

function read(name) {
  const file = path.join(reports, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const counts = [];
const vitest = read('vitest.json');
if (vitest) counts.push({ runner: 'vitest', passed: vitest.numPassedTests, failed: vitest.numFailedTests });
const playwright = read('playwright.json');
if (playwright) {
  const { expected = 0, flaky = 0, unexpected = 0 } = playwright.stats ?? {};
  counts.push({ runner: 'playwright', passed: expected + flaky, failed: unexpected });
}

const passed = counts.reduce((sum, c) => sum + c.passed, 0);
const failed = counts.reduce((sum, c) => sum + c.failed, 0);
const detail = counts.map((c) => `${c.runner}: ${c.passed} passed, ${c.failed} failed`);
for (const [runner, report] of [
  ['vitest', vitest],
  ['playwright', playwright],
])
  if (!report) detail.push(`${runner}: did not run`);
console.log(detail.join('; '));
// Alone on its line, as CI reads it.
console.log(`${passed} passed, ${failed} failed`);
