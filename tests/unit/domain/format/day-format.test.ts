import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, localToday } from '../../../../src/domain/format/day-format';

describe('localToday', () => {
  it('gives the local calendar day, zero-padded', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('formatDay', () => {
  it('says the weekday, the day and the month, and the year when asked', () => {
    expect(formatDay('2026-04-07', 'fr')).toBe('mardi 7 avril');
    expect(formatDay('2026-04-07', 'fr', { withYear: true })).toBe('mardi 7 avril 2026');
    // ICU versions differ on the comma after the weekday.
    expect(formatDay('2026-04-07', 'en', { withYear: true })).toMatch(/^Tuesday,? 7 April 2026$/);
  });
});

describe('formatDate', () => {
  it('writes a day with its year, and shows what is not a day as it is', () => {
    expect(formatDate('2026-12-13', 'fr')).toBe('13 décembre 2026');
    expect(formatDate('soon', 'fr')).toBe('soon');
  });
});
