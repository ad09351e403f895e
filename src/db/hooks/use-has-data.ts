/** Whether this device holds any member, producer, group or event, live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { hasAnyData } from '../queries';

/** undefined while reading; false, without reading, until `enabled` (the count scans four tables). */
export function useHasData(enabled: boolean): boolean | undefined {
  return useLiveQuery(() => (enabled ? hasAnyData(db) : false), [enabled]);
}
