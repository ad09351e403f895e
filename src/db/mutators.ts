/** The app's entry to the one write path, bound to the app's database. Screens call `mutate`, never Dexie. */
import type { MutationArgs, MutationName } from '../domain/mutations/registry';
import { db } from './database';
import { runMutation, type MutationResult } from './mutate';

export type { MutationResult };

export function mutate<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<MutationResult> {
  return runMutation(db, name, args);
}
