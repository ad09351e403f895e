/** Merging two members on the app's database: the one write is member.merge, through the one write path. */
import { db } from './database';
import { mutate, type MutationResult } from './mutators';
import { groupIdsOfMember } from './queries';

export async function mergeMembers(keepId: string, mergeId: string): Promise<MutationResult> {
  // The plan can only read rows by id, so the merged member's groups are listed here, from this phone's data.
  const groupIds = await groupIdsOfMember(db, mergeId);
  return mutate('member.merge', { keepId, mergeId, groupIds });
}
