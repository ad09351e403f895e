/** Dates and counts of the sync status, in the user's language: "14:32" today, "12/06 14:32" another day. */
import { cachedFormatter } from '../../domain/intl-formatters';

export function formatSyncTime(iso: string, language: string, now: Date = new Date()): { sameDay: boolean; time: string; date: string } {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  const thisYear = at.getFullYear() === now.getFullYear();
  return {
    sameDay,
    time: cachedFormatter(`time:${language}`, () => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' })).format(at),
    date: cachedFormatter(`date:${language}:${thisYear}`, () =>
      new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: thisYear ? undefined : 'numeric' }),
    ).format(at),
  };
}

export function formatCount(count: number, language: string): string {
  return cachedFormatter(`count:${language}`, () => new Intl.NumberFormat(language)).format(count);
}
