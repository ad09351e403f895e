/** Reading a page of changes for a client: rows after its cursor in commit order, as its account may see them. */
import type { PullQuery, PullResponse, PulledRow } from '../../sync/protocol';
import { snapshotLookup } from '../store/snapshot-lookup';
import type { SyncStore } from '../store/store';
import type { AccessPolicy } from './access-policy';
import type { Actor } from './actor';

export async function readPull(
  actor: Actor,
  query: PullQuery,
  deps: { store: SyncStore; access: AccessPolicy; now?: () => number },
): Promise<PullResponse> {
  const now = deps.now ?? Date.now;
  return deps.store.read(async (tx) => {
    const stored = await tx.changesAfter(query.cursor, query.limit);
    const lookup = snapshotLookup(tx);
    const changes: PulledRow[] = [];
    for (const entry of stored) {
      const row = await deps.access.project(actor, entry, lookup);
      if (row) changes.push({ table: entry.table, row });
    }
    // The cursor moves past rows this account may not see, so they are not read again on every pull.
    const cursor = stored.at(-1)?.version ?? query.cursor;
    const remaining = await tx.countChangesAfter(cursor);
    const lastMutationId = await tx.lastMutationId(query.clientId);
    return { changes, cursor, hasMore: remaining > 0, remaining, lastMutationId, serverTime: now() };
  });
}
