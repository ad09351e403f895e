// Item 1 of issue 6: the JavaScript a phone downloads before the first screen is usable, gzipped, measured by
// scripts/size.mjs's own function on the app's build and on the empty app's (same stack, none of our code).
import { measureFirstLoad } from '../../../scripts/size.mjs';
import { ensureAppBuild } from '../lib/app-server';
import { buildEmptyAppIfStale, EMPTY_APP_DIST } from '../lib/empty-app';

const KB = 1024;
const BUDGET_KB = 160;

const one = (name, kb, extra = {}) => ({ name, unit: 'KB gzip', median: kb, min: kb, max: kb, runs: 1, ...extra });

export async function run() {
  ensureAppBuild();
  buildEmptyAppIfStale();
  const app = measureFirstLoad().total / KB;
  // The empty app has no lazy route: its entry and what index.html names are all it loads.
  const empty = measureFirstLoad({ dist: EMPTY_APP_DIST, startRoute: null }).total / KB;
  const ratio = app / empty;
  return [
    one('first-load JS: app (start route /stand)', app, { target: `≤ ${BUDGET_KB} KB`, pass: app <= BUDGET_KB }),
    one('first-load JS: empty app', empty),
    { name: 'first-load JS: app / empty app', unit: '×', median: ratio, min: ratio, max: ratio, runs: 1, ratio },
  ];
}
