/** A distribution's day in full, year included (the calendar spans years and the printed sheet is kept). */
import { dateTimeFormat } from '../../domain/format/intl-formatters';

export function formatDay(date: string, language: string): string {
  // Noon UTC formatted in UTC: the calendar day never shifts with the device's time zone.
  return dateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}
