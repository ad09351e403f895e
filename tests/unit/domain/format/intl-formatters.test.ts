import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../../src/domain/format/day-format';
import { dateTimeFormat, formattingLocale, numberFormat } from '../../../../src/domain/format/intl-formatters';
import { formatSyncTime } from '../../../../src/domain/format/instant-format';

describe('the formatting locale of the UI language', () => {
  it('writes English as in Britain and French as in France', () => {
    expect(formattingLocale('en')).toBe('en-GB');
    expect(formattingLocale('en-US')).toBe('en-GB');
    expect(formattingLocale('fr')).toBe('fr-FR');
  });

  it('keeps the 24-hour clock in both languages, midnight as 00', () => {
    const late = new Date(2026, 10, 28, 23, 57);
    const pastMidnight = new Date(2026, 10, 29, 0, 5);
    const time = (language: string) => dateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });
    expect(time('en').format(late)).toBe('23:57');
    expect(time('en').format(pastMidnight)).toBe('00:05');
    expect(time('fr').format(late)).toBe('23:57');
    expect(dateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(late)).toBe('28 November 2026 at 23:57');
  });

  it('makes a formatter once per language and options', () => {
    expect(dateTimeFormat('en', { dateStyle: 'long' })).toBe(dateTimeFormat('en', { dateStyle: 'long' }));
    expect(numberFormat('en')).toBe(numberFormat('en'));
    expect(numberFormat('en')).not.toBe(numberFormat('fr'));
  });
});

describe('English dates and times, day before month', () => {
  it('writes a distribution day, a day of the week and a sync time the British way', () => {
    // ICU versions differ on the comma after the weekday; the day before the month is what matters.
    expect(formatDay('2026-11-19', 'en', { withYear: true })).toMatch(/^Thursday,? 19 November 2026$/);
    expect(formatDay('2026-11-19', 'fr', { withYear: true })).toBe('jeudi 19 novembre 2026');
    expect(formatDay('2026-11-19', 'en')).toMatch(/^Thursday,? 19 November$/);
    const seen = formatSyncTime(new Date(2026, 10, 28, 23, 57).toISOString(), 'en', new Date(2026, 10, 29, 9, 0));
    expect(seen).toEqual({ sameDay: false, time: '23:57', date: '28/11' });
  });
});
