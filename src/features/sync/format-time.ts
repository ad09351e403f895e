/** Dates and counts of the sync status, in the user's language: "14:32" today, "12/06 14:32" another day. */

export function formatSyncTime(iso: string, language: string, now: Date = new Date()): { sameDay: boolean; time: string; date: string } {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  return {
    sameDay,
    time: new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(at),
    date: new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: at.getFullYear() === now.getFullYear() ? undefined : 'numeric' }).format(at),
  };
}

export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language).format(count);
}
