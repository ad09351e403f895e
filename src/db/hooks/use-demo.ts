/** The example territory on this device, live: whether the device is empty or holds it, and how many rows it has. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { countDemoRows, type DemoCounts } from '../demo';
import { hasAnyData, hasDemoData } from '../queries';

export interface DemoState {
  empty: boolean;
  hasDemo: boolean;
}

/** undefined while reading. */
export function useDemoState(): DemoState | undefined {
  return useLiveQuery(async (): Promise<DemoState> => ({ empty: !(await hasAnyData(db)), hasDemo: await hasDemoData(db) }), []);
}

/** How many live demo rows each table holds; undefined while reading. */
export function useDemoCounts(): DemoCounts | undefined {
  return useLiveQuery(() => countDemoRows(db), []);
}
