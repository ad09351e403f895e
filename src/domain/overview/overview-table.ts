/**
 * The overview as a table, the same on the screen, in the CSV and in the printed report: its rows, its cells as
 * text, and the masking of small counts for exports meant for the authority.
 */
import { numberFormat } from '../format/intl-formatters';
import { SMALL_COUNT, type Count, type Figures, type OverviewResult, type Share } from './overview-types';
import { GROUP_KINDS, type GroupKind } from '../people/vocabulary';

const isSmall = (value: unknown) => typeof value === 'number' && value >= 1 && value <= 4;

function maskValue(value: unknown): unknown {
  if (typeof value === 'number') return isSmall(value) ? SMALL_COUNT : value;
  if (Array.isArray(value)) return value.map(maskValue);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if ('rate' in value && 'part' in value && 'of' in value) {
    // A rate over a small part or whole would give the hidden count away.
    const { part, of, rate } = value as Share;
    return { part: maskValue(part), of: maskValue(of), rate: isSmall(part) || isSmall(of) ? null : rate };
  }
  return Object.fromEntries(entries.map(([key, child]) => [key, maskValue(child)]));
}

/** For exports meant for the authority: every count from 1 to 4 becomes "<5" (0 stays 0: nothing to hide). */
export function maskSmallCounts(result: OverviewResult): OverviewResult<Count> {
  return maskValue(result) as OverviewResult<Count>;
}

/** A cell of the overview table: a count, or a rate (a fraction from 0 to 1, null when it cannot be given). */
export type OverviewCell = { kind: 'count'; value: Count } | { kind: 'rate'; value: number | null };

/** The rows of the by-quarter table, the same on the screen, in the CSV and in the printed report. */
export const OVERVIEW_ROWS = [
  'groups.total',
  ...GROUP_KINDS.map((kind) => `groups.${kind}` as const),
  'people.members',
  'people.newSignups',
  'contracts.active',
  'producers.mobilised',
  'producers.organic',
  'producers.organicShare',
  'outlets.total',
  'outlets.sourcing',
  'distributions.held',
  'distributions.basketsDue',
  'distributions.basketsCollected',
  'distributions.pickupRate',
  'loyalty.loyal',
  'loyalty.considered',
  'payments.received',
  'payments.due',
  'events.held',
  'events.signups',
  'events.attendees',
] as const;
export type OverviewRowKey = (typeof OVERVIEW_ROWS)[number];

export function overviewCell(figures: Figures<Count>, key: OverviewRowKey): OverviewCell {
  const count = (value: Count): OverviewCell => ({ kind: 'count', value });
  const rate = (value: number | null): OverviewCell => ({ kind: 'rate', value });
  const [section, name] = key.split('.') as [string, string];
  if (section === 'groups') return count(figures.groups[name as GroupKind | 'total']);
  switch (key) {
    case 'people.members':
      return count(figures.people.members);
    case 'people.newSignups':
      return count(figures.people.newSignups);
    case 'contracts.active':
      return count(figures.activeContracts);
    case 'producers.mobilised':
      return count(figures.producers.mobilised);
    case 'producers.organic':
      return count(figures.producers.organic.part);
    case 'producers.organicShare':
      return rate(figures.producers.organic.rate);
    case 'outlets.total':
      return count(figures.outlets.total);
    case 'outlets.sourcing':
      return count(figures.outlets.sourcing);
    case 'distributions.held':
      return count(figures.distributions.held);
    case 'distributions.basketsDue':
      return count(figures.distributions.pickups.of);
    case 'distributions.basketsCollected':
      return count(figures.distributions.pickups.part);
    case 'distributions.pickupRate':
      return rate(figures.distributions.pickups.rate);
    case 'loyalty.loyal':
      return count(figures.loyalty.part);
    case 'loyalty.considered':
      return count(figures.loyalty.of);
    case 'payments.received':
      return count(figures.payments.part);
    case 'payments.due':
      return count(figures.payments.of);
    case 'events.held':
      return count(figures.events.held);
    case 'events.signups':
      return count(figures.events.signups);
    default:
      return count(figures.events.attendees);
  }
}

/** A cell as text: counts as numbers (or "<5"), rates as whole percentages, an unknown rate as "—". */
export function formatCell(cell: OverviewCell, language: string): string {
  if (cell.kind === 'rate') {
    return cell.value === null ? '—' : numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(cell.value);
  }
  return typeof cell.value === 'number' ? numberFormat(language).format(cell.value) : cell.value;
}

export interface OverviewTable {
  /** The territory first, then one column per quarter row (areaId null: no quarter). */
  columns: { areaId: string | null; name: string; territory: boolean }[];
  rows: { key: OverviewRowKey; cells: OverviewCell[] }[];
}

export function overviewTable(result: OverviewResult<Count>): OverviewTable {
  const figures = [result.territory, ...result.quarters.map((quarter) => quarter.figures)];
  return {
    columns: [
      { areaId: null, name: '', territory: true },
      ...result.quarters.map((quarter) => ({ areaId: quarter.areaId, name: quarter.name, territory: false })),
    ],
    rows: OVERVIEW_ROWS.map((key) => ({ key, cells: figures.map((f) => overviewCell(f, key)) })),
  };
}
