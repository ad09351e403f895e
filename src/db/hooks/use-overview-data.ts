/** Every row the overview's figures are computed from, live; undefined while reading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { OverviewData } from '../../domain/overview/overview-types';
import { db } from '../database';
import { readOverviewData } from '../queries';

export function useOverviewData(): OverviewData | undefined {
  return useLiveQuery(() => readOverviewData(db), []);
}
