/** Seeds the app's server with sign-ups through the push path (validated and versioned like a phone's changes). */
import { MAX_PUSH_MUTATIONS } from '../../../src/sync/protocol';
import type { SyncStore } from '../../../src/server/store/store';
import { fullAccess } from '../../../src/server/sync/access-policy';
import { applyPush } from '../../../src/server/sync/push';
import { ServerClock } from '../../../src/server/sync/server-clock';
import { benchMembers } from './members';

const SEED_CLIENT_ID = 'bench-seed';

/** Returns how many were applied; throws if any was refused, since the figures would then be about less data. */
export async function seedSignUps(store: SyncStore, count: number): Promise<number> {
  const members = benchMembers(count);
  const clock = new ServerClock(SEED_CLIENT_ID);
  const actor = { userId: 'server', role: 'coordinator' as const, clientId: SEED_CLIENT_ID, groupIds: [], producerId: null };
  let applied = 0;
  for (let start = 0; start < members.length; start += MAX_PUSH_MUTATIONS) {
    const mutations = members
      .slice(start, start + MAX_PUSH_MUTATIONS)
      .map((args, n) => ({ mutationId: start + n + 1, name: 'member.signUp', args, hlc: clock.next() }));
    const response = await applyPush(actor, { clientId: SEED_CLIENT_ID, mutations }, { store, clock, access: fullAccess });
    applied += response.outcomes.filter((o) => o.status === 'applied').length;
  }
  if (applied !== count) throw new Error(`seeded ${applied} of ${count} sign-ups`);
  return applied;
}
