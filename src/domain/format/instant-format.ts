/** Instants as people read them, in the user's language: "14:32" today, "12/06 14:32" another day; counts likewise. */
import { dateTimeFormat, numberFormat } from './intl-formatters';

export function formatSyncTime(iso: string, language: string, now: Date = new Date()): { sameDay: boolean; time: string; date: string } {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  const thisYear = at.getFullYear() === now.getFullYear();
  return {
    sameDay,
    time: dateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(at),
    date: dateTimeFormat(language, { day: '2-digit', month: '2-digit', year: thisYear ? undefined : 'numeric' }).format(at),
  };
}

export function formatCount(count: number, language: string): string {
  return numberFormat(language).format(count);
}
