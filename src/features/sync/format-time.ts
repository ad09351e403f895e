/** Dates and counts of the sync status, in the user's language: "14:32" today, "12/06 14:32" another day. */

// Made once per language and options: building an Intl formatter costs milliseconds on a slow phone, and the
// status line formats at every render of the header.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

export function formatSyncTime(iso: string, language: string, now: Date = new Date()): { sameDay: boolean; time: string; date: string } {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  const thisYear = at.getFullYear() === now.getFullYear();
  return {
    sameDay,
    time: formatter(`time:${language}`, () => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' })).format(at),
    date: formatter(`date:${language}:${thisYear}`, () =>
      new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: thisYear ? undefined : 'numeric' }),
    ).format(at),
  };
}

export function formatCount(count: number, language: string): string {
  return formatter(`count:${language}`, () => new Intl.NumberFormat(language)).format(count);
}
