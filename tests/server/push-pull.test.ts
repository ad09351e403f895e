// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopeKey } from '../../src/domain/access/account';
import { encodeHlc } from '../../src/domain/rows/hlc';
import { MAX_CLOCK_DRIFT_MS } from '../../src/domain/rows/hlc';
import type { SyncStore } from '../../src/server/store/store';
import { fullAccess } from '../../src/server/replication/access-policy';
import type { Actor } from '../../src/server/replication/actor';
import { applyPush } from '../../src/server/replication/push';
import { pullPageChunks, readPullPage, type PullPage } from '../../src/server/replication/pull';
import { pullResponse, type PullQuery, type PullResponse } from '../../src/sync/protocol';
import { ServerClock } from '../../src/server/replication/server-clock';
import type { OutgoingMutation } from '../../src/sync/protocol';
import { signUpArgs } from '../factories/entities';
import { openTestStore, STORE_KINDS, type TestStore } from '../helpers/test-stores';

const NOW = 1_780_000_000_000;
const actor: Actor = { userId: 'u1', role: 'coordinator', clientId: 'phone-a', groupIds: [], producerId: null };
let store: SyncStore;
let deps: { store: SyncStore; access: typeof fullAccess; clock: ServerClock; now: () => number };

const hlc = (ms: number, node = 'phone-a', counter = 0) => encodeHlc({ wallMs: ms, counter, node });

/** The body the pull route sends for a page, whole. */
const pullPageJson = (page: PullPage) => [...pullPageChunks(page)].join('');

/** A page as a phone receives it. */
async function readPull(who: Actor, query: PullQuery, using: typeof deps): Promise<PullResponse> {
  return JSON.parse(pullPageJson(await readPullPage(who, query, using))) as PullResponse;
}
const signUp = (mutationId: number, args = signUpArgs(), clock = hlc(NOW - 1000 + mutationId)): OutgoingMutation => ({
  mutationId,
  name: 'member.signUp',
  args,
  hlc: clock,
});

// The same contract on both stores.
describe.each(STORE_KINDS)('on %s', (kind) => {
  let opened: TestStore;
  beforeEach(async () => {
    opened = await openTestStore(kind);
    store = opened.store;
    deps = { store, access: fullAccess, clock: new ServerClock('server', () => NOW), now: () => NOW };
  });
  afterEach(async () => opened.dispose());

  describe('push', () => {
    it('applies in order, answers a resend from the record, and stops at a gap', async () => {
      const first = await applyPush(actor, { clientId: 'phone-a', mutations: [signUp(1), signUp(2)] }, deps);
      expect(first.lastMutationId).toBe(2);
      expect(first.outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);

      const resend = await applyPush(actor, { clientId: 'phone-a', mutations: [signUp(2), signUp(3), signUp(5)] }, deps);
      expect(resend.lastMutationId).toBe(3);
      expect(resend.outcomes.map((o) => [o.mutationId, o.status])).toEqual([
        [2, 'applied'],
        [3, 'applied'],
      ]);
      const pulled = await readPull(actor, { clientId: 'phone-a', cursor: 0, limit: 100 }, deps);
      expect(pulled.changes).toHaveLength(3);
    });

    it('records a mutation that can never apply as rejected, keeps going, and reports it again on resend', async () => {
      const bad = { ...signUp(1), args: { ...signUpArgs(), email: 'not-an-email', phone: '' } };
      const unknown = { mutationId: 2, name: 'member.teleport', args: {}, hlc: hlc(NOW - 10) };
      const response = await applyPush(actor, { clientId: 'phone-a', mutations: [bad, unknown, signUp(3)] }, deps);
      expect(response.lastMutationId).toBe(3);
      expect(response.outcomes).toEqual([
        { mutationId: 1, status: 'rejected', code: 'invalid', issues: [{ path: 'email', message: 'validation.emailInvalid' }] },
        { mutationId: 2, status: 'rejected', code: 'unknownMutation', issues: [{ path: '', message: 'validation.unknownMutation' }] },
        { mutationId: 3, status: 'applied' },
      ]);
      const again = await applyPush(actor, { clientId: 'phone-a', mutations: [bad] }, deps);
      expect(again.outcomes[0]).toMatchObject({ status: 'rejected', code: 'invalid' });
      const pulled = await readPull(actor, { clientId: 'phone-a', cursor: 0, limit: 100 }, deps);
      expect(pulled.changes).toHaveLength(1);
    });

    it('does not let a phone whose clock runs in the future overwrite later edits', async () => {
      const args = signUpArgs({ notes: 'original' });
      await applyPush(actor, { clientId: 'phone-a', mutations: [signUp(1, args)] }, deps);
      const future = hlc(NOW + MAX_CLOCK_DRIFT_MS + 86_400_000, 'phone-b');
      const phoneB = { ...actor, clientId: 'phone-b' };
      await applyPush(
        phoneB,
        {
          clientId: 'phone-b',
          mutations: [{ mutationId: 1, name: 'member.update', args: { id: args.id, patch: { notes: 'from 2031' } }, hlc: future }],
        },
        deps,
      );
      deps.now = () => NOW + 1000;
      const later = hlc(NOW + 500);
      await applyPush(
        actor,
        {
          clientId: 'phone-a',
          mutations: [{ mutationId: 2, name: 'member.update', args: { id: args.id, patch: { notes: 'later' } }, hlc: later }],
        },
        deps,
      );
      const pulled = await readPull(actor, { clientId: 'phone-a', cursor: 0, limit: 100 }, deps);
      expect(pulled.changes[0]?.row.notes).toBe('later');
    });
  });

  describe('pull', () => {
    it('pages through changes in commit order with a cursor, and reports the client last mutation id', async () => {
      await applyPush(actor, { clientId: 'phone-a', mutations: [1, 2, 3, 4, 5].map((id) => signUp(id)) }, deps);
      const seen: string[] = [];
      let cursor = 0;
      let pages = 0;
      for (;;) {
        const page = await readPull(actor, { clientId: 'phone-a', cursor, limit: 2 }, deps);
        pages += 1;
        seen.push(...page.changes.map((c) => c.row.id));
        expect(page.lastMutationId).toBe(5);
        cursor = page.cursor;
        if (!page.hasMore) break;
        expect(page.remaining).toBe(5 - seen.length);
      }
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(5);
    });

    it('sends a page as JSON text that parses to the protocol, stored rows unchanged, and an empty page too', async () => {
      const args = signUpArgs({ notes: 'guillemets " et accents é' });
      await applyPush(actor, { clientId: 'phone-a', mutations: [signUp(1, args), signUp(2)] }, deps);
      const text = pullPageJson(await readPullPage(actor, { clientId: 'phone-a', cursor: 0, limit: 100 }, deps));
      const page = pullResponse.parse(JSON.parse(text));
      expect(page.changes.map((c) => c.table)).toEqual(['members', 'members']);
      expect(page.changes[0]?.row).toMatchObject({ id: args.id, notes: 'guillemets " et accents é' });
      expect(page).toMatchObject({ hasMore: false, remaining: 0, lastMutationId: 2, serverTime: NOW });

      const empty = pullResponse.parse(
        JSON.parse(pullPageJson(await readPullPage(actor, { clientId: 'phone-a', cursor: page.cursor, limit: 100 }, deps))),
      );
      expect(empty).toEqual({
        changes: [],
        cursor: page.cursor,
        hasMore: false,
        remaining: 0,
        lastMutationId: 2,
        serverTime: NOW,
        scope: scopeKey(actor),
        epoch: store.epoch,
      });
    });

    it('writes a large page in several chunks that together are the page', () => {
      const row = (n: number) => JSON.stringify({ id: `m${n}`, deleted: false, demo: false, clocks: {}, notes: 'x'.repeat(1500) });
      const page: PullPage = {
        changes: Array.from({ length: 100 }, (_, n) => `{"table":"members","row":${row(n)}}`),
        cursor: 100,
        hasMore: true,
        remaining: 7,
        lastMutationId: 3,
        serverTime: NOW,
      };
      const chunks = [...pullPageChunks(page)];
      expect(chunks.length).toBeGreaterThan(1);
      const parsed = pullResponse.parse(JSON.parse(chunks.join('')));
      expect(parsed.changes.map((c) => c.row.id)).toEqual(Array.from({ length: 100 }, (_, n) => `m${n}`));
      expect(parsed).toMatchObject({ cursor: 100, hasMore: true, remaining: 7, lastMutationId: 3, serverTime: NOW });
    });
  });
});
