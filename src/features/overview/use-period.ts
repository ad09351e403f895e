/** The period picked on the overview: a preset year or two dates; a half-typed period keeps the last valid one. */
import { useState } from 'react';
import { localToday } from '../../domain/format/day-format';
import { calendarYear, isPeriod, type Period } from '../../domain/overview/overview-period';

export type PeriodPreset = 'thisYear' | 'lastYear' | 'custom';

export function usePeriod() {
  const [preset, setPreset] = useState<PeriodPreset>('thisYear');
  const [draft, setDraft] = useState<Period>(() => calendarYear(localToday()));
  const [period, setPeriod] = useState<Period>(draft);
  const valid = isPeriod(draft.from, draft.to);

  const choose = (next: PeriodPreset) => {
    setPreset(next);
    // "Custom" keeps the dates shown, ready to be changed.
    if (next === 'custom') return;
    const year = calendarYear(localToday(), next === 'lastYear' ? 1 : 0);
    setDraft(year);
    setPeriod(year);
  };
  const edit = (field: keyof Period, value: string) => {
    const next = { ...draft, [field]: value };
    setPreset('custom');
    setDraft(next);
    if (isPeriod(next.from, next.to)) setPeriod(next);
  };
  return { preset, draft, period, valid, choose, edit };
}
