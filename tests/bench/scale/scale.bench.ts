/**
 * Ten times the size: the computations a screen runs over the whole territory, on the large data set at the usual
 * size (10,000 members, a distribution of 2,000 baskets) and at ten times it (100,000 members, 20,000 baskets), in
 * this Node process, where nothing else competes. Each figure is reported at both sizes with its growth: a growth
 * well past 10× means the work grows faster than the data (a scan inside a scan), which is what this looks for.
 * Rows come from the seed's own mutations run through their plans (tests/factories/plan-replica.ts), as on a phone.
 *
 * - overview: computeOverview for the calendar year of the season (the coordinator's figures of the year), every
 *   basket of the season checked off;
 * - member search: the keys built once per list, then each keystroke of a name, then of a phone number, as the
 *   members list searches (a keystroke that narrows the last scans what that one found);
 * - check-off: the day built from the distribution's contracts, the search keys, then one filter per keystroke;
 * - export: the members' and the contracts' CSV rows (the coordinator's export).
 * What IndexedDB costs at that size (reading 100,000 members on a phone) is the browser benchmarks' part.
 */
import { buildLargeDataset, largeDatasetMutations } from '../../../src/data/large-dataset';
import type { Absence, Contract, Distribution, Pickup, PickupStatus } from '../../../src/domain/distribution/distribution-entities';
import { dayNumberedFor, isDueAt, type PersonName } from '../../../src/domain/distribution/baskets';
import { buildBasketKeys, filterBasketIds } from '../../../src/domain/distribution/basket-search';
import { buildSearchKeys, memberSearch } from '../../../src/domain/people/member-search';
import type { Member } from '../../../src/domain/people/entities';
import { computeOverview, OVERVIEW_LOYALTY } from '../../../src/domain/overview/overview';
import type { OverviewData } from '../../../src/domain/overview/overview-types';
import { exportRows, type ExportData } from '../../../src/domain/import/export-csv';
import type { SyncedRow, TableName } from '../../../src/domain/rows/rows';
import { Replica } from '../../factories/plan-replica';
import { percentile, singleRow, type BenchRow } from '../lib/stats';

const OVERVIEW_TARGET_MS = 500;
// Linear work on ten times the data takes about ten times as long, a little more with ten times the heap to collect
// (11–17× measured); work that grows with the square of the data takes about a hundred times as long.
const GROWTH_LIMIT = 20;
const TYPED = ['m', 'ma', 'mar', 'mart', 'marti', 'martin', 'martin c', '0', '06', '061', '0612'];
const BASKET_TYPED = ['d', 'du', 'dup', 'dupo', '1', '12', '123'];

interface Territory {
  data: OverviewData;
  exported: ExportData;
  distribution: Distribution;
}

async function territory(members: number, baskets: number): Promise<Territory> {
  const dataset = buildLargeDataset({ members, baskets });
  const replica = new Replica();
  for (const { name, args } of largeDatasetMutations(dataset)) await replica.run(name, args);
  const byTable = new Map<TableName, SyncedRow[]>();
  for (const [key, row] of replica.rows) {
    const table = key.slice(0, key.indexOf('|')) as TableName;
    const list = byTable.get(table) ?? [];
    list.push(row);
    byTable.set(table, list);
  }
  const rows = <T>(table: TableName) => (byTable.get(table) ?? []) as unknown as T[];
  const distribution = replica.get('distributions', dataset.bigDistributionId) as unknown as Distribution;
  const contracts = rows<Contract>('contracts');
  const distributions = rows<Distribution>('distributions');
  return {
    distribution,
    exported: {
      areas: rows('areas'),
      producers: rows('producers'),
      groups: rows('groups'),
      members: rows('members'),
      groupLinks: rows('groupMembers'),
      offers: rows('offers'),
      contracts,
    },
    data: {
      areas: rows('areas'),
      groups: rows('groups'),
      members: rows('members'),
      contracts,
      producers: rows('producers'),
      outlets: [],
      initiatives: [],
      distributions,
      pickups: seasonPickups(distributions, contracts),
      absences: rows('absences'),
      events: [],
      attendance: [],
      partners: [],
      payments: rows('payments'),
    },
  };
}

const STATUSES: readonly PickupStatus[] = ['collected', 'collected', 'collected', 'collectedByOther', 'notCollected'];

/** A check-off for every basket of the season, as the volunteers would have left them: the overview's largest table. */
function seasonPickups(distributions: readonly Distribution[], contracts: readonly Contract[]): Pickup[] {
  const pickups: Pickup[] = [];
  const ofGroup = new Map<string, Contract[]>();
  for (const contract of contracts) {
    const list = ofGroup.get(contract.groupId) ?? [];
    list.push(contract);
    ofGroup.set(contract.groupId, list);
  }
  for (const distribution of distributions) {
    for (const contract of ofGroup.get(distribution.groupId) ?? []) {
      if (!isDueAt(contract, distribution)) continue;
      pickups.push({
        id: `${distribution.id}-${contract.id}`,
        deleted: false,
        demo: false,
        clocks: {},
        distributionId: distribution.id,
        contractId: contract.id,
        memberId: contract.memberId,
        producerId: contract.producerId,
        status: STATUSES[pickups.length % STATUSES.length] as PickupStatus,
        collectedBy: '',
        recordedAt: `${distribution.date}T18:00:00.000Z`,
        deviceId: 'bench',
      });
    }
  }
  return pickups;
}

/** ms of each call of `fn`, `times` times (after one call that is not counted). */
function timed(times: number, fn: () => unknown): number[] {
  fn();
  return Array.from({ length: times }, () => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  });
}

/** ms per keystroke, typing `typed` once per round; `start` gives each round a search with no memory of the last. */
function perKeystroke(typed: readonly string[], rounds: number, start: () => (text: string) => unknown): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const search = start();
    for (const text of typed) {
      const started = performance.now();
      search(text);
      times.push(performance.now() - started);
    }
  }
  return times;
}

interface Figures {
  overview: number[];
  searchKeys: number[];
  search: number[];
  day: number[];
  basketSearch: number[];
  exports: number[];
}

function measure({ data, exported, distribution }: Territory, rounds: number): Figures {
  const year = distribution.date.slice(0, 4);
  const members = data.members as Member[];
  const keys = buildSearchKeys(members);
  const names = new Map<string, PersonName>(members.map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }]));
  const day = () => dayNumberedFor(distribution, data.contracts as Contract[], data.absences as Absence[], [], names, null);
  const basketKeys = buildBasketKeys(day().due, names);
  return {
    overview: timed(rounds, () =>
      computeOverview(data, { from: `${year}-01-01`, to: `${year}-12-31`, today: `${year}-12-31`, loyalty: OVERVIEW_LOYALTY }),
    ),
    searchKeys: timed(rounds, () => buildSearchKeys(members)),
    search: perKeystroke(TYPED, rounds, () => {
      const search = memberSearch(keys);
      return (query) => search({ query, quarterId: null, memberIds: null });
    }),
    day: timed(rounds, day),
    basketSearch: perKeystroke(BASKET_TYPED, rounds, () => (query) => filterBasketIds(basketKeys, query)),
    exports: timed(Math.min(rounds, 3), () => [exportRows('members', exported), exportRows('contracts', exported)]),
  };
}

const median = (values: readonly number[]) => percentile(values, 50);

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  const base = smoke ? { members: 1_000, baskets: 200 } : { members: 10_000, baskets: 2_000 };
  const large = { members: base.members * 10, baskets: base.baskets * 10 };
  const rounds = smoke ? 2 : 7;
  const small = measure(await territory(base.members, base.baskets), rounds);
  const big = measure(await territory(large.members, large.baskets), rounds);
  const label = (size: { members: number; baskets: number }) =>
    `${size.members.toLocaleString('en')} members, ${size.baskets.toLocaleString('en')} baskets`;

  const rows: BenchRow[] = [];
  const figure = (name: string, pick: (f: Figures) => number[], usesP95: boolean, target?: { atMost: number; at: 'small' }) => {
    const stat = (values: number[]) => (usesP95 ? percentile(values, 95) : median(values));
    const measureOf = usesP95 ? 'p95' : 'median';
    for (const [size, figures] of [
      [base, small],
      [large, big],
    ] as const) {
      const values = pick(figures);
      const value = stat(values);
      const targeted = target && figures === small;
      rows.push({
        name: `scale: ${name}, ${label(size)}`,
        unit: 'ms',
        median: median(values),
        min: Math.min(...values),
        max: Math.max(...values),
        runs: values.length,
        ...(usesP95 ? { p95: value } : {}),
        ...(targeted ? { target: `${measureOf} ≤ ${target.atMost} ms`, pass: value <= target.atMost } : {}),
      });
    }
    const growth = stat(pick(big)) / stat(pick(small));
    rows.push(
      singleRow(`scale: ${name}, ${measureOf} at 10× the data / at 1×`, '×', growth, {
        ratio: growth,
        target: `≤ ${GROWTH_LIMIT}×`,
        pass: growth <= GROWTH_LIMIT,
      }),
    );
  };
  figure('overview of the year', (f) => f.overview, false, { atMost: OVERVIEW_TARGET_MS, at: 'small' });
  figure('member search keys (once per list)', (f) => f.searchKeys, false);
  figure('member search per keystroke', (f) => f.search, true);
  figure('check-off day built', (f) => f.day, false);
  figure('check-off search per keystroke', (f) => f.basketSearch, true);
  figure('CSV export of the members and the contracts', (f) => f.exports, false);
  return rows;
}
