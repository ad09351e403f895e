/**
 * A group's season of distributions, planned before anything is written: the days of its rhythm and of its
 * contracts, each one left out with a tap, then created together on confirmation. Days the group already has are
 * shown and never made again.
 */
import { useMemo, useState } from 'react';
import { NO_ROWS, useContracts, useDistributions, useGroups } from '../../db/hooks/use-lists';
import { mutate } from '../../db/mutators';
import { seasonDays, seasonDistributionId } from '../../domain/distribution/season-plan';
import { newId } from '../../domain/rows/ids';
import { useFormErrors } from '../../ui/use-form-errors';

export interface SeasonValues {
  groupId: string;
  first: string;
  end: string;
  startTime: string;
  endTime: string;
  place: string;
}

export function useSeason(initialGroupId: string) {
  const groups = useGroups();
  const contracts = useContracts() ?? NO_ROWS;
  const distributions = useDistributions() ?? NO_ROWS;
  const [values, setValues] = useState<SeasonValues>(() => ({
    groupId: initialGroupId,
    first: '',
    end: '',
    startTime: '18:00',
    endTime: '19:30',
    place: groups?.find((g) => g.id === initialGroupId)?.place ?? '',
  }));
  const [skip, setSkip] = useState<string[]>([]);
  const [created, setCreated] = useState<number | null>(null);
  const { errors, busy, submit } = useFormErrors(['groupId', 'date', 'startTime', 'endTime', 'place']);
  const group = groups?.find((g) => g.id === values.groupId);

  const days = useMemo(() => {
    if (!group || !values.first || !values.end) return [];
    const contractDates = contracts.filter((c) => c.groupId === group.id).flatMap((c) => c.deliveryDates);
    const existing = distributions.filter((d) => d.groupId === group.id).map((d) => d.date);
    return seasonDays({ groupId: group.id, rhythm: group.rhythm, first: values.first, end: values.end, skip }, contractDates, existing);
  }, [group, values.first, values.end, skip, contracts, distributions]);

  const set = (change: Partial<SeasonValues>) => {
    setCreated(null);
    setValues((current) => {
      const next = { ...current, ...change };
      // A group chosen brings its place, as a new distribution's form does.
      if (change.groupId !== undefined) next.place = groups?.find((g) => g.id === change.groupId)?.place ?? '';
      return next;
    });
  };
  const toggle = (date: string) => setSkip((current) => (current.includes(date) ? current.filter((d) => d !== date) : [...current, date]));

  const confirm = async () => {
    const toCreate = days.filter((d) => d.state === 'new');
    let count = 0;
    const ok = await submit(async () => {
      for (const { date } of toCreate) {
        const { groupId, startTime, endTime, place } = values;
        const id = seasonDistributionId(groupId, date) ?? newId();
        const result = await mutate('distribution.create', {
          id,
          groupId,
          date,
          startTime,
          endTime,
          place,
          volunteersNeeded: 2,
          notes: '',
        });
        // Made meanwhile by another phone's season: the day exists, which is what was asked.
        if (!result.ok && result.code !== 'exists') return result;
        if (result.ok) count += 1;
      }
      return { ok: true };
    });
    if (ok) setCreated(count);
  };

  return { groups, values, set, days, toggle, confirm, created, errors, busy };
}
