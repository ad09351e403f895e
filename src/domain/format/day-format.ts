/** Calendar days as people read them ("mardi 7 avril", "7 avril 2026"), and today's date in the device's time zone. */
import { dateTimeFormat } from './intl-formatters';

const DAY = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' } as const;
const DAY_OF_YEAR = { ...DAY, year: 'numeric' } as const;

/**
 * A day as people say it, « mardi 7 avril »; with its year (« mardi 7 avril 2026 ») where the list spans years or
 * the page is kept (the calendar, the printed sheet).
 */
export function formatDay(date: string, language: string, options: { withYear?: boolean } = {}): string {
  // Noon UTC formatted in UTC: the calendar day never shifts with the device's time zone.
  return dateTimeFormat(language, options.withYear ? DAY_OF_YEAR : DAY).format(new Date(`${date}T12:00:00Z`));
}

/** A day with its year ("13 décembre 2026", "13 December 2026"): events, periods, a report's date. */
export function formatDate(date: string, language: string): string {
  // As formatDay: noon UTC formatted in UTC. What is not a day is shown as it is rather than thrown on.
  const noon = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return date;
  return dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(noon);
}

/**
 * Today as YYYY-MM-DD on the device's own calendar: toISOString would give yesterday late at night east of UTC, and
 * a distribution at 23:30 is still today.
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
