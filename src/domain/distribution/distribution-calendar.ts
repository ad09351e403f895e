/** A group's distributions in time: what is coming, what was held, and the history the loyalty figure reads. */
import { distributionDay } from './baskets';
import type { Absence, Contract, Distribution, Pickup } from './distribution-entities';
import type { HeldDistribution } from './loyalty';

/** Upcoming first (soonest at the top, today's included), then the past (most recent at the top). */
export function splitByDate<D extends Pick<Distribution, 'date' | 'startTime'>>(distributions: readonly D[], today: string) {
  const key = (d: D) => `${d.date} ${d.startTime}`;
  const upcoming = distributions.filter((d) => d.date >= today).sort((a, b) => key(a).localeCompare(key(b)));
  const past = distributions.filter((d) => d.date < today).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, past };
}

export function volunteersStillNeeded(needed: number, onDuty: number): number {
  return Math.max(0, needed - onDuty);
}

/** The baskets each past distribution of a group had, as the loyalty figure counts them. */
export function heldDistributions(
  distributions: readonly Distribution[],
  contracts: readonly Contract[],
  absences: readonly Absence[],
  pickups: readonly Pickup[],
  today: string,
): HeldDistribution[] {
  const noNames = new Map();
  return distributions
    .filter((d) => !d.deleted && d.date < today)
    .map((d) => ({ id: d.id, date: d.date, baskets: distributionDay(d, contracts, absences, pickups, noNames).due }));
}
