/** Whether this device's account may run a mutation with these arguments (src/db/may.ts), kept up to date. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MutationName } from '../../domain/mutations/registry';
import { db } from '../database';
import { may, type MayArgs } from '../may';

/** undefined while reading: an action is better hidden for a moment than shown to an account that may not. */
export function useMay<N extends MutationName>(name: N, args: MayArgs<N> = {}): boolean | undefined {
  // By value: a screen passes a new object at each render.
  const key = JSON.stringify(args);
  return useLiveQuery(() => may(db, name, JSON.parse(key) as MayArgs<N>), [name, key]);
}
