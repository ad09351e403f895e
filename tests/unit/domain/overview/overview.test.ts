import { describe, expect, it } from 'vitest';
import { computeOverview, monthsOf } from '../../../../src/domain/overview/overview';
import type { OverviewData } from '../../../../src/domain/overview/overview-types';
import { calendarYear, isPeriod, reportParams } from '../../../../src/domain/overview/overview-period';
import {
  formatCell,
  maskSmallCounts,
  overviewCell,
  overviewTable,
  OVERVIEW_ROWS,
  type OverviewRowKey,
} from '../../../../src/domain/overview/overview-table';
import { PERIOD_2025, territoryFixture } from '../../../factories/territory-fixture';

const emptyData = (): OverviewData => ({
  areas: [],
  groups: [],
  members: [],
  contracts: [],
  producers: [],
  outlets: [],
  initiatives: [],
  distributions: [],
  pickups: [],
  absences: [],
  events: [],
  attendance: [],
  partners: [],
  payments: [],
});

/**
 * The year 2025 of the fixture, worked out by hand from how tests/factories/territory-fixture.ts is built.
 * Columns: territory, then Couronneries (Q1), Saint-Éloi (Q3), Trois-Cités (Q2), Buxerolles (C1), no quarter.
 * Rates are written as fractions.
 */
const EXPECTED: Record<OverviewRowKey, readonly (number | null)[]> = {
  'groups.total': [10, 3, 2, 3, 1, 1],
  'groups.amap': [4, 1, 0, 2, 0, 1],
  'groups.consumerGroup': [2, 1, 1, 0, 0, 0],
  'groups.onlineOrder': [2, 0, 0, 1, 1, 0],
  'groups.solidarityGrocery': [2, 1, 1, 0, 0, 0],
  'people.members': [322, 120, 60, 90, 30, 22],
  'people.newSignups': [161, 60, 30, 45, 15, 11],
  'contracts.active': [68, 30, 8, 21, 5, 4],
  'producers.mobilised': [6, 2, 1, 3, 1, 1],
  'producers.organic': [4, 1, 1, 2, 0, 1],
  'producers.organicShare': [4 / 6, 1 / 2, 1, 2 / 3, 0, 1],
  'outlets.total': [6, 1, 1, 2, 1, 1],
  'outlets.sourcing': [4, 1, 0, 1, 1, 1],
  'distributions.held': [12, 6, 2, 4, 0, 0],
  'distributions.basketsDue': [159, 98, 16, 45, 0, 0],
  'distributions.basketsCollected': [146, 85, 16, 45, 0, 0],
  'distributions.pickupRate': [146 / 159, 85 / 98, 1, 1, null, null],
  'loyalty.loyal': [31, 16, 0, 15, 0, 0],
  'loyalty.considered': [53, 30, 8, 15, 0, 0],
  'payments.received': [9, 7, 2, 0, 0, 0],
  'payments.due': [13, 10, 3, 0, 0, 0],
  'events.held': [4, 1, 1, 1, 0, 1],
  'events.signups': [33, 16, 0, 17, 0, 0],
  'events.attendees': [174, 127, 37, 4, 0, 6],
};

describe('computeOverview on a whole territory', () => {
  const result = computeOverview(territoryFixture(), PERIOD_2025);

  it('lists the quarters first, then the communes, then the rows with no quarter', () => {
    expect(result.quarters.map((q) => [q.areaId, q.name, q.kind])).toEqual([
      ['Q1', 'Couronneries', 'quarter'],
      ['Q3', 'Saint-Éloi', 'quarter'],
      ['Q2', 'Trois-Cités', 'quarter'],
      ['C1', 'Buxerolles', 'commune'],
      [null, '', null],
    ]);
  });

  it('matches the table worked out by hand', () => {
    const columns = [result.territory, ...result.quarters.map((q) => q.figures)];
    const actual = Object.fromEntries(OVERVIEW_ROWS.map((key) => [key, columns.map((figures) => overviewCell(figures, key).value)]));
    expect(actual).toEqual(EXPECTED);
  });

  it('counts producers by step, by product kind and organic share', () => {
    // Those who deliver under a contract of the period sell, whatever step was recorded (one was left at
    // "contacted", two at "interested"): the steps add up to the mobilised producers shown above them.
    expect(result.territory.producersByStep).toEqual({ contacted: 1, interested: 0, selling: 6 });
    const { interested, selling } = result.territory.producersByStep;
    expect(interested + selling).toBe(result.territory.producers.mobilised);
    expect(result.territory.producers.byProductKind).toEqual({
      vegetables: 1,
      fruit: 1,
      eggs: 1,
      bread: 1,
      pork: 1,
      poultry: 1,
      pigeon: 0,
      goatCheese: 1,
      honey: 0,
      meat: 1,
      other: 0,
    });
    expect(result.territory.producers.organic).toEqual({ part: 4, of: 6, rate: 4 / 6 });
  });

  it('counts a producer delivering a quarter under an active contract there and in the territory, even when only contacted', () => {
    // Trois-Cités: P7 and P3 supply its groups, and P6, whose step was left at contacted, delivers A2 too.
    expect(result.quarters[2]?.figures.producers.byProductKind).toMatchObject({ fruit: 1, bread: 1, meat: 1, pork: 1 });
    expect(result.quarters[2]?.figures.producers.mobilised).toBe(3);
    // P5, contacted with no contract, is still left out.
    expect(result.territory.producers.byProductKind.honey).toBe(0);
  });

  it('counts outlets by kind and per initiative', () => {
    expect(result.territory.outlets.byKind).toEqual({
      butcher: 2,
      grocer: 1,
      bakery: 1,
      solidarityGrocery: 2,
      restaurant: 0,
      market: 0,
      other: 0,
    });
    expect(result.territory.outletsByInitiative).toEqual([
      { initiativeId: 'I2', name: 'Pain local', outlets: 1, sourcing: 1 },
      { initiativeId: 'I1', name: 'Viande et boucherie', outlets: 2, sourcing: 1 },
    ]);
  });

  it('gives each event held its sign-ups, attendance and partners', () => {
    expect(
      result.events.map((e) => [
        e.id,
        e.date,
        e.areaId,
        e.signups,
        e.membersPresent,
        e.producersPresent,
        e.visitors,
        e.attendees,
        e.partners,
      ]),
    ).toEqual([
      ['E7', '2025-01-01', null, 0, 0, 6, 0, 6, 1],
      ['E2', '2025-03-20', 'Q2', 17, 3, 1, 0, 4, 1],
      ['E1', '2025-06-14', 'Q1', 16, 5, 2, 120, 127, 2],
      ['E3', '2025-10-14', 'Q3', 0, 0, 2, 35, 37, 0],
    ]);
    expect(result.territory.partnersInvolved).toBe(2);
  });

  it('counts sign-ups and distributions held per month', () => {
    expect(result.months).toEqual([
      { month: '2025-01', signups: 16, distributions: 0 },
      { month: '2025-02', signups: 16, distributions: 1 },
      { month: '2025-03', signups: 16, distributions: 1 },
      { month: '2025-04', signups: 16, distributions: 0 },
      { month: '2025-05', signups: 16, distributions: 4 },
      { month: '2025-06', signups: 16, distributions: 1 },
      { month: '2025-07', signups: 16, distributions: 1 },
      { month: '2025-08', signups: 16, distributions: 1 },
      { month: '2025-09', signups: 16, distributions: 1 },
      { month: '2025-10', signups: 16, distributions: 2 },
      { month: '2025-11', signups: 0, distributions: 0 },
      { month: '2025-12', signups: 1, distributions: 0 },
    ]);
  });

  it('follows the period: 2024 has the 2024 sign-ups, the December distribution and the 2024 contracts', () => {
    const y2024 = computeOverview(territoryFixture(), { ...PERIOD_2025, from: '2024-01-01', to: '2024-12-31', today: '2025-10-14' });
    // Every even k of 0…319 signed up on 2024-12-10.
    expect(y2024.territory.people.newSignups).toBe(160);
    expect(y2024.territory.people.members).toBe(322);
    expect(y2024.territory.distributions.held).toBe(1);
    // A1's 2024 contracts (10), and O2's that started in 2024 (5).
    expect(y2024.territory.activeContracts).toBe(15);
    expect(y2024.events.map((e) => e.id)).toEqual(['E4']);
  });
});

describe('computeOverview, figure by figure', () => {
  const fixture = territoryFixture();

  it('includes both ends of the period, and counts a distribution of today as held but not one after today', () => {
    const day = computeOverview(fixture, { ...PERIOD_2025, from: '2025-10-14', to: '2025-10-21' });
    expect(day.territory.distributions.held).toBe(1);
    const later = computeOverview(fixture, { ...PERIOD_2025, from: '2025-10-14', to: '2025-10-21', today: '2025-10-21' });
    expect(later.territory.distributions.held).toBe(3);
    const firstDay = computeOverview(fixture, { ...PERIOD_2025, from: '2025-01-01', to: '2025-01-01' });
    expect(firstDay.events.map((e) => e.id)).toEqual(['E7']);
    const lastDay = computeOverview(fixture, { ...PERIOD_2025, from: '2025-12-31', to: '2025-12-31', today: '2026-01-01' });
    expect(lastDay.territory.people.newSignups).toBe(1);
  });

  it('counts a contract active when its season overlaps the period at either end', () => {
    const january = computeOverview(fixture, { ...PERIOD_2025, from: '2025-01-15', to: '2025-01-31' });
    // G1 (10), O2 ending on 01-15 (5), A4 (4).
    expect(january.territory.activeContracts).toBe(19);
    const after = computeOverview(fixture, { ...PERIOD_2025, from: '2025-01-16', to: '2025-01-31' });
    expect(after.territory.activeContracts).toBe(14);
  });

  it('takes a deleted group\'s contracts out of the figures, as its distributions, with no "no quarter" column for them', () => {
    // O1 (Trois-Cités) holds the one-off contract of m140 with P3, its only supplier there.
    const withoutO1 = { ...fixture, groups: fixture.groups.map((g) => (g.id === 'O1' ? { ...g, deleted: true } : g)) };
    const result = computeOverview(withoutO1, PERIOD_2025);
    const column = (areaId: string | null) => result.quarters.find((q) => q.areaId === areaId)?.figures;
    expect(result.territory.activeContracts).toBe(67);
    expect(column('Q2')?.activeContracts).toBe(20);
    expect(column('Q2')?.producers.byProductKind.bread).toBe(0);
    expect(column(null)?.activeContracts).toBe(4);
    expect(column(null)?.producers.mobilised).toBe(1);
    // P3 stays in the territory by its own step (interested).
    expect(result.territory.producers.mobilised).toBe(6);

    const onlyO1 = { ...withoutO1, groups: withoutO1.groups.filter((g) => g.id === 'O1'), members: [], outlets: [], events: [] };
    expect(computeOverview(onlyO1, PERIOD_2025).quarters.map((q) => q.areaId)).not.toContain(null);
  });

  it('reads a missing mobilisation step as contacted', () => {
    const data = { ...emptyData(), producers: fixture.producers.filter((p) => p.id === 'P6') };
    const result = computeOverview(data, PERIOD_2025);
    expect(result.territory.producersByStep).toEqual({ contacted: 1, interested: 0, selling: 0 });
    expect(result.territory.producers.mobilised).toBe(0);
    expect(result.territory.producers.organic.rate).toBeNull();
  });

  it('takes the loyalty threshold from the options', () => {
    const twoOfFour = computeOverview(fixture, { ...PERIOD_2025, loyalty: { atLeast: 2, of: 4 } });
    // A1: also i15–17 and i19 (two of two); G1: m22–29 collected twice, m20–21 once; G2: all eight.
    expect(twoOfFour.territory.loyalty).toEqual({ part: 16 + 4 + 8 + 15 + 8, of: 53, rate: 51 / 53 });
  });

  it('has no "no quarter" row when nothing falls in it, and empty data gives zeros and no rates', () => {
    const result = computeOverview({ ...emptyData(), areas: fixture.areas }, PERIOD_2025);
    expect(result.quarters.map((q) => q.areaId)).toEqual(['Q1', 'Q3', 'Q2', 'C1']);
    expect(result.territory.distributions.pickups).toEqual({ part: 0, of: 0, rate: null });
    expect(result.territory.groups.total).toBe(0);
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsOf('2024-11-20', '2025-02-03')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsOf('2025-03-01', '2025-03-31')).toEqual(['2025-03']);
  });
});

describe('maskSmallCounts', () => {
  const masked = maskSmallCounts(computeOverview(territoryFixture(), PERIOD_2025));

  it('shows counts from 1 to 4 as "<5", keeps 0 and counts of 5 or more', () => {
    expect(masked.territory.groups).toEqual({ total: 10, amap: '<5', consumerGroup: '<5', onlineOrder: '<5', solidarityGrocery: '<5' });
    expect(masked.territory.activeContracts).toBe(68);
    expect(masked.territory.producersByStep).toEqual({ contacted: '<5', interested: 0, selling: 6 });
    expect(masked.quarters[3]?.figures.distributions.held).toBe(0);
    expect(masked.events[0]).toMatchObject({
      id: 'E7',
      name: 'Événement E7',
      date: '2025-01-01',
      signups: 0,
      producersPresent: 6,
      partners: '<5',
    });
  });

  it('hides a rate that rests on a count under 5, keeps the others', () => {
    expect(masked.territory.producers.organic).toEqual({ part: '<5', of: 6, rate: null });
    expect(masked.territory.payments).toEqual({ part: 9, of: 13, rate: 9 / 13 });
    expect(masked.quarters[1]?.figures.payments).toEqual({ part: '<5', of: '<5', rate: null });
    expect(masked.territory.distributions.pickups).toEqual({ part: 146, of: 159, rate: 146 / 159 });
    expect(masked.quarters[0]?.figures.producers.organic).toEqual({ part: '<5', of: '<5', rate: null });
  });

  it('keeps the period and the names as they are', () => {
    expect(masked.period).toEqual({ from: '2025-01-01', to: '2025-12-31', today: '2025-10-14' });
    expect(masked.quarters.map((q) => q.name)).toEqual(['Couronneries', 'Saint-Éloi', 'Trois-Cités', 'Buxerolles', '']);
  });
});

describe('formatCell', () => {
  it('writes counts, "<5", percentages and unknown rates', () => {
    expect(formatCell({ kind: 'count', value: 1234 }, 'en')).toBe('1,234');
    expect(formatCell({ kind: 'count', value: '<5' }, 'fr')).toBe('<5');
    expect(formatCell({ kind: 'rate', value: 0.8 }, 'en')).toBe('80%');
    expect(formatCell({ kind: 'rate', value: 0.8 }, 'fr')).toMatch(/^80\s%$/);
    expect(formatCell({ kind: 'rate', value: null }, 'fr')).toBe('—');
  });
});

describe('periods and the report address', () => {
  it('gives this year and last year, and reads a report address', () => {
    expect(calendarYear('2025-10-14')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(calendarYear('2025-10-14', 1)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(reportParams('?from=2025-03-01&to=2025-06-30&mask=1', '2025-10-14')).toEqual({
      from: '2025-03-01',
      to: '2025-06-30',
      mask: true,
    });
    expect(reportParams('?from=2025-06-30&to=2025-03-01', '2025-10-14')).toEqual({ from: '2025-01-01', to: '2025-12-31', mask: false });
    expect(isPeriod('2025-02-30x', '2025-03-01')).toBe(false);
  });

  it('lays the table out with the territory first and one row per figure', () => {
    const table = overviewTable(computeOverview(territoryFixture(), PERIOD_2025));
    expect(table.columns.map((c) => c.name)).toEqual(['', 'Couronneries', 'Saint-Éloi', 'Trois-Cités', 'Buxerolles', '']);
    expect(table.columns[0]?.territory).toBe(true);
    expect(table.rows.find((row) => row.key === 'contracts.active')?.cells.map((cell) => cell.value)).toEqual([68, 30, 8, 21, 5, 4]);
  });
});
