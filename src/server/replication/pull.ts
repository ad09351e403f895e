/** Reading a page of changes for a client: rows after its cursor in commit order, as its account may see them. */
import { scopeKey } from '../../domain/access/account';
import { packRow } from '../../domain/rows/packed-clocks';
import type { TableName } from '../../domain/rows/rows';
import type { PullQuery, PullResponse } from '../../sync/protocol';
import { snapshotLookup } from '../store/snapshot-lookup';
import type { StoredRow, SyncStore } from '../store/store';
import type { AccessPolicy } from './access-policy';
import type { Actor } from './actor';

/** A page as it goes on the wire: each change is already JSON text (a PulledRow, its clocks packed), the rest as in PullResponse. */
export interface PullPage extends Omit<PullResponse, 'changes'> {
  changes: string[];
}

/** `{"table":"members","row":` for each table, made once rather than for each of a page's 2,000 rows. */
const changeOpenings = new Map<TableName, string>();
function changeOpening(table: TableName): string {
  let opening = changeOpenings.get(table);
  if (opening === undefined) {
    opening = `{"table":${JSON.stringify(table)},"row":`;
    changeOpenings.set(table, opening);
  }
  return opening;
}

/** A change as it goes on the wire, with the row's owner when this account is told it (see docs/sync-protocol.md). */
function changeJson(actor: Actor, access: AccessPolicy, entry: StoredRow, rowJson: string): string {
  if (!access.sendsOwner(actor, entry.table)) return `${changeOpening(entry.table)}${rowJson}}`;
  return `{"table":${JSON.stringify(entry.table)},"ownerId":${JSON.stringify(entry.ownerId)},"row":${rowJson}}`;
}

/** A row the account sees whole goes out as the store's text when it has it: no object built, nothing re-serialised. */
function storedJson(entry: StoredRow): string {
  return entry.json ?? JSON.stringify(packRow(entry.row));
}

export async function readPullPage(
  actor: Actor,
  query: PullQuery,
  deps: { store: SyncStore; access: AccessPolicy; now?: () => number },
): Promise<PullPage> {
  const now = deps.now ?? Date.now;
  return deps.store.read(async (tx) => {
    const stored = await tx.changesAfter(query.cursor, query.limit);
    const lookup = snapshotLookup(tx);
    const changes: string[] = [];
    for (const entry of stored) {
      if (deps.access.seesWhole(actor, entry.table)) {
        changes.push(changeJson(actor, deps.access, entry, storedJson(entry)));
        continue;
      }
      const row = await deps.access.project(actor, entry, lookup);
      if (row) changes.push(changeJson(actor, deps.access, entry, JSON.stringify(packRow(row))));
    }
    // The cursor moves past rows this account may not see, so they are not read again on every pull.
    const cursor = stored.at(-1)?.version ?? query.cursor;
    const remaining = await tx.countChangesAfter(cursor);
    const lastMutationId = await tx.lastMutationId(query.clientId);
    return {
      changes,
      cursor,
      hasMore: remaining > 0,
      remaining,
      lastMutationId,
      serverTime: now(),
      scope: scopeKey(actor),
      epoch: deps.store.epoch,
    };
  });
}

/** About how many characters go into one write of a page: a small string dies young, no page-sized copy is made. */
const CHUNK_CHARS = 64 * 1024;

/**
 * The page's JSON body, a PullResponse, in pieces of about CHUNK_CHARS: a page of 2,000 rows is ~3.5 MB, and one
 * string of it (then the socket's copy of it in malloc) lived until the next full GC.
 */
export function* pullPageChunks({ changes, ...meta }: PullPage): Generator<string> {
  let pieces: string[] = ['{"changes":['];
  let size = 0;
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index] as string;
    pieces.push(index === 0 ? change : `,${change}`);
    size += change.length;
    if (size >= CHUNK_CHARS) {
      yield pieces.join('');
      pieces = [];
      size = 0;
    }
  }
  pieces.push(`],${JSON.stringify(meta).slice(1)}`);
  yield pieces.join('');
}
