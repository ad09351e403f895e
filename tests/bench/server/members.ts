/**
 * The records both sides of every sync and server benchmark carry: sign-ups of the deterministic large dataset
 * (same ids and names on every run), without a quarter so that each one is a single record with no reference.
 * PouchDB gets the same fields as a document (`_id` = the member id); the app sends them as member.signUp.
 */
import { buildLargeDataset } from '../../../src/data/large-dataset';
import type { MutationArgs } from '../../../src/domain/mutations/registry';

export type SignUp = MutationArgs<'member.signUp'>;

export function benchMembers(count: number, seed = 1): SignUp[] {
  if (count === 0) return [];
  const { members } = buildLargeDataset({ members: count, baskets: 1, otherGroups: 0, producers: 1, seed });
  return members.map((member) => ({ ...member, quarterId: null }));
}

export interface MemberDoc extends Omit<SignUp, 'id'> {
  _id: string;
  type: 'member';
}

export function memberDoc({ id, ...fields }: SignUp): MemberDoc {
  return { _id: id, type: 'member', ...fields };
}
