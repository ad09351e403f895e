/**
 * A group's distributions for a season, planned in one step: the dates of its rhythm between two days, and every
 * delivery date of its contracts in that span, less the days to skip and the days it already has a distribution.
 * Each new distribution's id is made of the group and the day, so that running the plan again, or on two phones at
 * once, never makes the same distribution twice.
 */
import { MAX_ID_LENGTH, type Rhythm } from '../people/entities';
import { deliveryDatesFor } from './delivery-dates';

export interface SeasonChoice {
  groupId: string;
  rhythm: Rhythm;
  first: string;
  end: string;
  /** Days the coordinator leaves out (holidays, a market day). */
  skip: readonly string[];
}

export type SeasonDayState = 'new' | 'exists' | 'skipped';

export interface SeasonDay {
  date: string;
  state: SeasonDayState;
  /** Why it is in the plan: the group's rhythm, a contract's delivery date, or both. */
  fromRhythm: boolean;
  fromContracts: boolean;
}

/**
 * The id of a season's distribution: the day, then the group (a ULID, so about 40 characters in all). Plain
 * characters, as it travels in the distribution's address. null for a group id so long that the id would pass the
 * ids' limit: the day is then only skipped when it exists already.
 */
export function seasonDistributionId(groupId: string, date: string): string | null {
  const id = `season-${date}-${groupId}`;
  return id.length <= MAX_ID_LENGTH ? id : null;
}

const PERIOD_DAYS: Partial<Record<Rhythm, number>> = { weekly: 7, fortnightly: 14 };
const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * Where a weekly or fortnightly rhythm starts: the first day on or after `first` in step with the days the group
 * already distributes on or has deliveries on (the step most of them share; on a tie, the one of the latest), so
 * that a group that meets on Tuesdays goes on meeting on Tuesdays whatever day the span starts on. The days a plan
 * adds all share that step, so planning again finds the same one. `first` itself when nothing tells.
 */
function rhythmStart(choice: SeasonChoice, known: ReadonlySet<string>): string {
  const period = PERIOD_DAYS[choice.rhythm];
  if (period === undefined || known.size === 0) return choice.first;
  const phaseOf = (date: string) => ((dayNumber(date) % period) + period) % period;
  const steps = new Map<number, { days: number; latest: string }>();
  for (const date of known) {
    const step = steps.get(phaseOf(date)) ?? { days: 0, latest: date };
    steps.set(phaseOf(date), { days: step.days + 1, latest: date > step.latest ? date : step.latest });
  }
  const [phase] = [...steps].sort(([, a], [, b]) => b.days - a.days || (a.latest < b.latest ? 1 : -1))[0] as [number, unknown];
  return dayOf(dayNumber(choice.first) + ((phase - phaseOf(choice.first) + period) % period));
}

/**
 * The season's days in order. `contractDates` are the group's contracts' delivery dates, `existing` the days the
 * group already has a distribution on.
 */
export function seasonDays(choice: SeasonChoice, contractDates: Iterable<string>, existing: Iterable<string>): SeasonDay[] {
  if (choice.end < choice.first) return [];
  const allContractDates = [...contractDates];
  const existingDays = [...existing];
  const known = new Set([...existingDays, ...allContractDates]);
  const rhythm = new Set(deliveryDatesFor(rhythmStart(choice, known), choice.end, choice.rhythm));
  const contracts = new Set(allContractDates.filter((date) => date >= choice.first && date <= choice.end));
  const taken = new Set(existingDays);
  const skipped = new Set(choice.skip);
  return [...new Set([...rhythm, ...contracts])].sort().map((date) => ({
    date,
    state: taken.has(date) ? 'exists' : skipped.has(date) ? 'skipped' : 'new',
    fromRhythm: rhythm.has(date),
    fromContracts: contracts.has(date),
  }));
}
