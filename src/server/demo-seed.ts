/**
 * The example territory on a new server, so that `npm start` shows a working app at once. It goes through the
 * same push path as any phone's change (a server-side client applying `demo.load`), so it is validated, versioned
 * and pulled like everything else; coordinators remove it in one step from the app.
 */
import { buildDemoDataset } from '../data/demo-dataset';
import type { SyncStore } from './store/store';
import { fullAccess } from './replication/access-policy';
import { applyPush } from './replication/push';
import type { ServerClock } from './replication/server-clock';

export const DEMO_SEED_CLIENT_ID = 'server-demo-seed';

/** Loads the example once, on a store that has no rows yet; returns whether it did. */
export async function seedDemoIfEmpty(store: SyncStore, clock: ServerClock): Promise<boolean> {
  const empty = await store.read(
    async (tx) => (await tx.countChangesAfter(0)) === 0 && (await tx.lastMutationId(DEMO_SEED_CLIENT_ID)) === 0,
  );
  if (!empty) return false;
  const response = await applyPush(
    { userId: 'server', role: 'coordinator', clientId: DEMO_SEED_CLIENT_ID, groupIds: [], producerId: null },
    { clientId: DEMO_SEED_CLIENT_ID, mutations: [{ mutationId: 1, name: 'demo.load', args: buildDemoDataset(), hlc: clock.next() }] },
    { store, clock, access: fullAccess },
  );
  const outcome = response.outcomes[0];
  if (outcome?.status !== 'applied') throw new Error(`demo data refused: ${JSON.stringify(outcome)}`);
  return true;
}
