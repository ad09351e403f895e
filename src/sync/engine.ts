/**
 * The client sync engine: pushes the outbox (in batches it halves when the server says too large), then pulls
 * every page of changes after its cursor. Safe to stop at any point: each step lands in one local transaction,
 * and everything it sends is idempotent on the server.
 */
import type { CourtCircuitDb } from '../db/database';
import { getDevice } from '../db/device';
import { recoverAfterRestore } from '../db/restore-recovery';
import { resyncIfScopeChanged } from '../db/resync';
import { applyPulledPage, applyPushOutcome, readOutboxBatch } from '../db/sync-apply';
import { readSyncState, updateSyncState } from '../db/sync-state';
import { MAX_BODY_BYTES, MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS, pullResponse, pushResponse } from './protocol';
import { SyncFailure } from './sync-failure';
import { PayloadTooLarge, requestJson, type Transport } from './transport';

export interface EngineOptions {
  db: CourtCircuitDb;
  transport: Transport;
  now?: () => number;
  pushBatchSize?: number;
  pullLimit?: number;
}

/**
 * The server was restored from a backup: it has another store epoch than the one this device synced with, or it has
 * forgotten mutations it had acknowledged. Thrown before anything of the answer is stored.
 */
class ServerRestored extends Error {
  constructor(readonly server: { lastMutationId: number; epoch?: string }) {
    super(`the server was restored (its last mutation of this device: ${server.lastMutationId})`);
    this.name = 'ServerRestored';
  }
}

/** Whether an answer comes from a restored server, judged on the epoch this device last stored. */
function restoredEpoch(known: string | undefined, answer: { epoch?: string }): boolean {
  // A device that never stored one (a server or an app of an earlier release) has nothing to compare.
  return known !== undefined && answer.epoch !== undefined && answer.epoch !== known;
}

export type SyncResult = { ok: true; pushed: number; rejected: number; pulled: number } | { ok: false; failure: SyncFailure };

export class SyncEngine {
  private readonly now: () => number;

  constructor(private readonly options: EngineOptions) {
    this.now = options.now ?? Date.now;
  }

  async syncOnce(): Promise<SyncResult> {
    const { db } = this.options;
    const session = await db.session.get('session');
    if (!session) return { ok: false, failure: new SyncFailure('sync.errors.notSignedIn', 'no session') };
    const state = await readSyncState(db);
    if (state.blocked) return { ok: false, failure: new SyncFailure(`sync.errors.${state.blocked}`, 'blocked', state.blocked) };
    await updateSyncState(db, { lastAttemptAt: new Date(this.now()).toISOString() });
    try {
      const { clientId } = await getDevice(db);
      const { pushed, rejected, pulled } = await this.syncAfterRestore(session.token, clientId);
      await updateSyncState(db, { lastSuccessAt: new Date(this.now()).toISOString(), lastError: null });
      return { ok: true, pushed, rejected, pulled };
    } catch (error) {
      const failure = error instanceof SyncFailure ? error : new SyncFailure('sync.errors.unexpected', String(error));
      await updateSyncState(db, { lastError: { key: failure.key, detail: failure.detail }, blocked: failure.blocked, progress: null });
      return { ok: false, failure };
    }
  }

  /**
   * A push then a pull; if the server turns out to have been restored, the outbox is made to follow on from what it
   * still has and to hold again what it lost (src/db/restore-recovery.ts), and both start over, once.
   */
  private async syncAfterRestore(token: string, clientId: string): Promise<{ pushed: number; rejected: number; pulled: number }> {
    try {
      const { pushed, rejected } = await this.pushAll(token, clientId);
      return { pushed, rejected, pulled: await this.pullAll(token, clientId) };
    } catch (error) {
      if (!(error instanceof ServerRestored)) throw error;
      await recoverAfterRestore(this.options.db, error.server);
    }
    const { pushed, rejected } = await this.pushAll(token, clientId);
    return { pushed, rejected, pulled: await this.pullAll(token, clientId) };
  }

  private async pushAll(token: string, clientId: string): Promise<{ pushed: number; rejected: number }> {
    const { db, transport } = this.options;
    let batchSize = Math.min(this.options.pushBatchSize ?? MAX_PUSH_MUTATIONS, MAX_PUSH_MUTATIONS);
    let pushed = 0;
    let rejected = 0;
    for (;;) {
      const entries = await readOutboxBatch(db, batchSize);
      if (entries.length === 0) return { pushed, rejected };
      const bodyText = JSON.stringify({
        clientId,
        mutations: entries.map(({ mutationId, name, args, hlc }) => ({ mutationId, name, args, hlc })),
      });
      if (entries.length > 1 && bodyText.length > MAX_BODY_BYTES) {
        batchSize = Math.ceil(entries.length / 2);
        continue;
      }
      let response;
      try {
        response = await requestJson(transport, 'POST', '/api/sync/push', pushResponse, { token, bodyText });
      } catch (error) {
        if (!(error instanceof PayloadTooLarge)) throw error;
        if (entries.length === 1) throw new SyncFailure('sync.errors.tooLarge', `mutation ${entries[0]?.mutationId} is too large to send`);
        batchSize = Math.ceil(entries.length / 2);
        continue;
      }
      const known = await readSyncState(db);
      const settled = await applyPushOutcome(
        db,
        { ...response, clockOffsetMs: response.serverTime - this.now() },
        new Date(this.now()).toISOString(),
      );
      // What this answer applied is settled first (above), so that the recovery does not send it again.
      if (restoredEpoch(known.serverEpoch, response) || response.lastMutationId < known.ackedMutationId) {
        throw new ServerRestored(response);
      }
      pushed += response.outcomes.length;
      rejected += settled.rejected;
      const first = entries[0]?.mutationId ?? 0;
      if (response.lastMutationId < first && response.lastMutationId <= settled.ackedBefore) {
        // The server has not seen a mutation older than what this device still holds: sending more cannot help.
        throw new SyncFailure('sync.errors.gap', `server is at mutation ${response.lastMutationId}, device at ${first}`);
      }
    }
  }

  private async pullAll(token: string, clientId: string): Promise<number> {
    const { db, transport } = this.options;
    // The largest page the server gives: a first sync of a territory is a few round trips, not dozens.
    const limit = this.options.pullLimit ?? MAX_PULL_LIMIT;
    const fetchPage = (cursor: number) => {
      const query = new URLSearchParams({ clientId, cursor: String(cursor), limit: String(limit) });
      return requestJson(transport, 'GET', `/api/sync/pull?${query.toString()}`, pullResponse, { token });
    };
    const state = await readSyncState(db);
    let next = fetchPage(state.cursor);
    let pulled = 0;
    for (;;) {
      const page = await next;
      if (restoredEpoch(state.serverEpoch, page) || page.lastMutationId < state.ackedMutationId) throw new ServerRestored(page);
      if (await resyncIfScopeChanged(db, page.scope)) {
        next = fetchPage(0);
        continue;
      }
      if (page.hasMore) {
        // The next page travels while this one is written: the server, the network and IndexedDB work side by side.
        // Pages are still applied in order, each in its own transaction; if this one fails, that answer is dropped.
        next = fetchPage(page.cursor);
        next.catch(() => undefined);
      }
      await applyPulledPage(db, page, this.now());
      pulled += page.changes.length;
      if (!page.hasMore) return pulled;
    }
  }
}
