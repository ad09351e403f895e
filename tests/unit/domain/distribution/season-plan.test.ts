import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seasonDays, seasonDistributionId } from '../../../../src/domain/distribution/season-plan';
import { RHYTHMS } from '../../../../src/domain/people/vocabulary';

const base = { groupId: 'g1', first: '2026-04-07', end: '2026-05-05', skip: [] as string[] };

describe('seasonDays', () => {
  it('follows each rhythm from the first day to the end', () => {
    const dates = (rhythm: (typeof RHYTHMS)[number]) => seasonDays({ ...base, rhythm }, [], []).map((d) => d.date);
    expect(dates('weekly')).toEqual(['2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05']);
    expect(dates('fortnightly')).toEqual(['2026-04-07', '2026-04-21', '2026-05-05']);
    // The next month's 7th is past the end.
    expect(dates('monthly')).toEqual(['2026-04-07']);
    expect(dates('other')).toEqual(['2026-04-07']);
  });

  it('keeps the group’s day of the week whatever day the span starts on: from its last distribution, else its contracts', () => {
    // 2026-04-07 is a Tuesday; the span starts on Saturday 2 May.
    const span = { ...base, first: '2026-05-02', end: '2026-05-31' };
    const rhythmDays = (rhythm: 'weekly' | 'fortnightly', contracts: string[], existing: string[]) =>
      seasonDays({ ...span, rhythm }, contracts, existing)
        .filter((d) => d.fromRhythm)
        .map((d) => d.date);
    expect(rhythmDays('weekly', [], ['2026-04-07'])).toEqual(['2026-05-05', '2026-05-12', '2026-05-19', '2026-05-26']);
    expect(rhythmDays('fortnightly', [], ['2026-03-24', '2026-04-07'])).toEqual(['2026-05-05', '2026-05-19']);
    expect(rhythmDays('weekly', ['2026-04-14', '2026-04-21'], [])).toEqual(['2026-05-05', '2026-05-12', '2026-05-19', '2026-05-26']);
    // Nothing to go by: the span's first day sets it.
    expect(rhythmDays('weekly', [], [])).toEqual(['2026-05-02', '2026-05-09', '2026-05-16', '2026-05-23', '2026-05-30']);
  });

  it('adds the contracts’ delivery dates in the span, marks the days skipped and the days the group already has', () => {
    const days = seasonDays(
      { ...base, rhythm: 'fortnightly', skip: ['2026-04-21'] },
      ['2026-04-10', '2026-06-01', '2026-04-07'],
      ['2026-05-05'],
    );
    expect(days).toEqual([
      { date: '2026-04-07', state: 'new', fromRhythm: true, fromContracts: true },
      { date: '2026-04-10', state: 'new', fromRhythm: false, fromContracts: true },
      { date: '2026-04-21', state: 'skipped', fromRhythm: true, fromContracts: false },
      { date: '2026-05-05', state: 'exists', fromRhythm: true, fromContracts: false },
    ]);
    expect(seasonDays({ ...base, end: '2026-04-01', rhythm: 'weekly' }, [], [])).toEqual([]);
  });

  it('is idempotent: once the new days exist, running it again makes none, whatever the rhythm and the span', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RHYTHMS),
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 10 }),
        (rhythm, length, offsets) => {
          const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
          const choice = { ...base, first: day(0), end: day(length), rhythm };
          const contractDates = offsets.map(day);
          const first = seasonDays(choice, contractDates, []);
          expect(first.every((d) => d.state === 'new' && d.date >= choice.first && d.date <= choice.end)).toBe(true);
          const again = seasonDays(
            choice,
            contractDates,
            first.map((d) => d.date),
          );
          expect(again.filter((d) => d.state === 'new')).toEqual([]);
        },
      ),
    );
    expect(seasonDistributionId('g1', '2026-04-07')).toBe('season-2026-04-07-g1');
    expect(seasonDistributionId('g'.repeat(60), '2026-04-07')).toBeNull();
  });
});
