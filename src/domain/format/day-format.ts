/** Calendar days as people read them ("mardi 7 avril", "7 avril 2026"), and today's date in the device's time zone. */
import { dateTimeFormat } from './intl-formatters';

export function formatDay(date: string, language: string): string {
  // Noon UTC formatted in UTC: the calendar day never shifts with the device's time zone.
  return dateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** A day with its year ("13 décembre 2026", "13 December 2026"): events, periods, a report's date. */
export function formatDate(date: string, language: string): string {
  // As formatDay: noon UTC formatted in UTC. What is not a day is shown as it is rather than thrown on.
  const noon = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return date;
  return dateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(noon);
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
