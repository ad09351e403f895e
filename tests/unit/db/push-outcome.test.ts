import { describe, expect, it } from 'vitest';
import { runMutation } from '../../../src/db/mutate';
import { applyPushOutcome } from '../../../src/db/sync-apply';
import { readSyncState } from '../../../src/db/sync-state';
import { signUpArgs } from '../../factories/entities';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('push-outcome');

describe('settling a push answer', () => {
  it('settles every entry up to the answer, also those of an earlier batch whose answer was lost', async () => {
    const people = [signUpArgs(), signUpArgs(), signUpArgs(), signUpArgs()];
    for (const person of people) await runMutation(db(), 'member.signUp', person);
    const answer = {
      lastMutationId: 4,
      clockOffsetMs: 1200,
      outcomes: [{ mutationId: 3, status: 'rejected' as const, code: 'forbidden', issues: [] }],
    };

    expect(await applyPushOutcome(db(), answer, '2026-11-28T10:00:00.000Z')).toEqual({ rejected: 1, ackedBefore: 0 });
    expect(await db().outbox.count()).toBe(0);
    expect(await db().rejected.toArray()).toMatchObject([{ mutationId: 3, name: 'member.signUp', code: 'forbidden' }]);
    const state = await readSyncState(db());
    expect(state).toMatchObject({ ackedMutationId: 4, clockOffsetMs: 1200 });
    expect([...state.dirtyKeys].sort()).toEqual(people.map((p) => `members|${p.id}`).sort());
  });
});
