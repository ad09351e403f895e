/** Delivery dates of a season from a group's rhythm: every week, every two weeks or every month from the first. */
import type { Rhythm } from '../people/entities';

function parse(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function deliveryDatesFor(first: string, end: string, rhythm: Rhythm): string[] {
  if (rhythm === 'other') return [first];
  const dates: string[] = [];
  const start = parse(first);
  for (let step = 0; step < 120; step += 1) {
    const next = new Date(start);
    if (rhythm === 'monthly') {
      next.setUTCMonth(start.getUTCMonth() + step);
      // 31 January + 1 month is not 3 March: skip months that lack the day.
      if (next.getUTCDate() !== start.getUTCDate()) continue;
    } else {
      next.setUTCDate(start.getUTCDate() + step * (rhythm === 'weekly' ? 7 : 14));
    }
    const iso = format(next);
    if (iso > end) break;
    dates.push(iso);
  }
  return dates;
}
