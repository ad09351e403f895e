/** The period an overview covers: a calendar year by default, or the one a report's address carries. */
export interface Period {
  from: string;
  to: string;
}

/** A calendar year of the territory's programme: this year (0), last year (1)… */
export function calendarYear(today: string, yearsBack = 0): Period {
  const year = String(Number(today.slice(0, 4)) - yearsBack).padStart(4, '0');
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isPeriod(from: string, to: string): boolean {
  return ISO_DAY.test(from) && ISO_DAY.test(to) && from <= to;
}

/** The report's address carries its period and mask (?from=…&to=…&mask=1); a bad period falls back to this year. */
export function reportParams(search: string, today: string): Period & { mask: boolean } {
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { ...(isPeriod(from, to) ? { from, to } : calendarYear(today)), mask: params.get('mask') === '1' };
}
