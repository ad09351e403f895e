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

/**
 * The season's days in order. `contractDates` are the group's contracts' delivery dates, `existing` the days the
 * group already has a distribution on.
 */
export function seasonDays(choice: SeasonChoice, contractDates: Iterable<string>, existing: Iterable<string>): SeasonDay[] {
  if (choice.end < choice.first) return [];
  const rhythm = new Set(deliveryDatesFor(choice.first, choice.end, choice.rhythm));
  const contracts = new Set([...contractDates].filter((date) => date >= choice.first && date <= choice.end));
  const taken = new Set(existing);
  const skipped = new Set(choice.skip);
  return [...new Set([...rhythm, ...contracts])].sort().map((date) => ({
    date,
    state: taken.has(date) ? 'exists' : skipped.has(date) ? 'skipped' : 'new',
    fromRhythm: rhythm.has(date),
    fromContracts: contracts.has(date),
  }));
}
