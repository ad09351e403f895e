/** The overview's figures for a period, recomputed whenever the local data changes. */
import { useMemo } from 'react';
import { useOverviewData } from '../../db/hooks/use-overview-data';
import { localToday } from '../../domain/format/day-format';
import { computeOverview, OVERVIEW_LOYALTY } from '../../domain/overview/overview';
import type { Count, OverviewResult } from '../../domain/overview/overview-types';
import { maskSmallCounts } from '../../domain/overview/overview-table';
import type { Period } from '../../domain/overview/overview-period';

export interface OverviewView {
  /** Exact figures (the charts). */
  result: OverviewResult;
  /** What the tables, the CSV and the report show: masked when the export is for the authority. */
  shown: OverviewResult<Count>;
}

export function useOverview({ from, to }: Period, mask: boolean): OverviewView | undefined {
  const data = useOverviewData();
  return useMemo(() => {
    if (!data) return undefined;
    const result = computeOverview(data, { from, to, today: localToday(), loyalty: OVERVIEW_LOYALTY });
    return { result, shown: mask ? maskSmallCounts(result) : result };
  }, [data, from, to, mask]);
}
