import { describe, expect, it } from 'vitest';
import type { CourtCircuitDb } from '../../../src/db/database';
import { may } from '../../../src/db/may';
import { runMutation } from '../../../src/db/mutate';
import { applyPulledPage } from '../../../src/db/sync-apply';
import type { SyncedRow } from '../../../src/domain/rows/rows';
import { signUpArgs } from '../../factories/entities';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('may');

/** A member as the server sends it: every field of a sign-up. */
const member = (id: string): SyncedRow => ({
  ...signUpArgs({ id, firstName: id }),
  deleted: false,
  demo: false,
  clocks: { firstName: '001780000000000-00000-server' },
});

async function pull(into: CourtCircuitDb, changes: { table: 'members' | 'areas'; row: SyncedRow; ownerId?: string | null }[]) {
  await applyPulledPage(into, { changes, cursor: 1, hasMore: false, remaining: 0, lastMutationId: 0 }, Date.now());
}

async function signInAnimator(into: CourtCircuitDb, groupIds: string[] = []) {
  await into.session.put({
    key: 'session',
    token: 'token',
    sessionId: 'session',
    user: { id: 'camille', login: 'camille', name: 'Camille', role: 'animator', groupIds, producerId: null },
    signedInAt: '2026-04-01T08:00:00.000Z',
  });
}

describe('the owner of a pulled row', () => {
  it('is kept beside the fields of members and events, null when the server did not say, and a local write keeps it', async () => {
    await pull(db(), [
      { table: 'members', row: member('mine'), ownerId: 'camille' },
      { table: 'members', row: member('untold') },
      { table: 'areas', row: member('area'), ownerId: 'camille' },
    ]);
    expect(await db().members.get('mine')).toMatchObject({ ownerId: 'camille' });
    expect(await db().members.get('untold')).toMatchObject({ ownerId: null });
    expect(await db().areas.get('area')).not.toHaveProperty('ownerId');

    expect(await runMutation(db(), 'member.update', { id: 'mine', patch: { notes: 'vu au marché' } })).toMatchObject({ ok: true });
    expect(await db().members.get('mine')).toMatchObject({ ownerId: 'camille', notes: 'vu au marché' });
  });
});

describe('may, on a device', () => {
  it('lets anything be done on a device nobody signed in on: it stays there until someone does', async () => {
    expect(await may(db(), 'group.delete', { id: 'any' })).toBe(true);
  });

  it('answers from the session kept on the device, by role, before any row', async () => {
    await signInAnimator(db());
    expect(await may(db(), 'group.create')).toBe(false);
    expect(await may(db(), 'member.signUp')).toBe(true);
  });

  it('takes a member made here and not pulled back as the account’s, and one pulled as the owner the server said', async () => {
    await signInAnimator(db());
    const madeHere = signUpArgs();
    expect(await runMutation(db(), 'member.signUp', madeHere)).toMatchObject({ ok: true });
    await pull(db(), [
      { table: 'members', row: member('theirs'), ownerId: 'camille' },
      { table: 'members', row: member('someone-else'), ownerId: 'coordinator' },
      { table: 'members', row: member('untold') },
    ]);
    expect(await may(db(), 'member.update', { id: madeHere.id })).toBe(true);
    expect(await may(db(), 'member.update', { id: 'theirs' })).toBe(true);
    expect(await may(db(), 'member.update', { id: 'someone-else' })).toBe(false);
    expect(await may(db(), 'member.update', { id: 'untold' })).toBe(false);
    // A row this device does not hold is not taken as the account's; a new row's id is what a create expects.
    expect(await may(db(), 'member.update', { id: 'not-here' })).toBe(false);
    expect(await may(db(), 'member.signUp', { id: 'not-here' })).toBe(true);
  });
});
