import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { runMutation } from '../../../src/db/mutate';
import { areaArgs, groupArgs, signUpArgs } from '../../factories/entities';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('mutate-test');

async function snapshot() {
  return { members: await db().members.toArray(), outbox: await db().outbox.toArray(), device: await db().device.toArray() };
}

describe('runMutation', () => {
  it('applies the change and appends it to the outbox, with mutation ids growing by one', async () => {
    const first = signUpArgs({ firstName: '  Élodie ', lastName: ' Durand  ', phone: ' 06 12 34 56 78 ' });
    const second = signUpArgs();
    expect(await runMutation(db(), 'member.signUp', first)).toEqual({ ok: true, mutationId: 1 });
    expect(await runMutation(db(), 'member.signUp', second)).toEqual({ ok: true, mutationId: 2 });

    const stored = await db().members.get(first.id);
    expect(stored).toMatchObject({ firstName: 'Élodie', lastName: 'Durand', phone: '+33612345678', deleted: false, demo: false });
    const outbox = await db().outbox.toArray();
    expect(outbox.map((e) => [e.mutationId, e.name])).toEqual([
      [1, 'member.signUp'],
      [2, 'member.signUp'],
    ]);
    expect(outbox[0]?.hlc < (outbox[1]?.hlc ?? '')).toBe(true);
    expect(stored?.clocks.firstName).toBe(outbox[0]?.hlc);
  });

  it.each([
    ['an empty first name', { firstName: '   ' }, 'firstName', 'validation.required'],
    ['a malformed email', { email: 'marie@', phone: '' }, 'email', 'validation.emailInvalid'],
    ['a phone that is not one', { phone: '06 12' }, 'phone', 'validation.phoneInvalid'],
    ['no contact and no "no contact"', { phone: '', email: '', noContact: false }, 'phone', 'validation.contactRequired'],
    ['no consent', { consentGiven: false as unknown as true }, 'consentGiven', 'validation.consentRequired'],
  ])('refuses %s and stores nothing', async (_label, override, path, message) => {
    const result = await runMutation(db(), 'member.signUp', signUpArgs(override));
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(result.ok ? [] : result.issues).toContainEqual({ path, message });
    expect(await snapshot()).toEqual({ members: [], outbox: [], device: [] });
  });

  it('stores neither the change nor its outbox entry when the write fails half way', async () => {
    await runMutation(db(), 'member.signUp', signUpArgs());
    const before = await snapshot();
    vi.spyOn(db().outbox, 'add').mockRejectedValueOnce(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const args = signUpArgs();
    const result = await runMutation(db(), 'member.signUp', args);

    expect(result).toMatchObject({ ok: false, code: 'storage' });
    expect(await db().members.get(args.id)).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back every row of a many-row mutation when one fails', async () => {
    const quarter = areaArgs();
    const group = groupArgs();
    // Inside a transaction Dexie hands out transaction-bound tables, so the failure is planted on their prototype.
    const tableProto = Object.getPrototypeOf(db().groups) as { put: (...args: unknown[]) => unknown };
    const realPut = tableProto.put;
    const putSpy = vi.spyOn(tableProto, 'put').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      return this.name === 'groups' ? Promise.reject(new Error('quota')) : realPut.apply(this, args);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await runMutation(db(), 'demo.load', {
      areas: [quarter],
      producers: [],
      groups: [group],
      events: [],
      members: [],
      groupMembers: [],
    });
    // The device record is created first; the rows' puts and the device's update are then issued together.
    expect(putSpy.mock.contexts.map((table) => (table as { name: string }).name)).toEqual(['device', 'areas', 'groups', 'device']);
    expect(result.ok).toBe(false);
    expect(await db().areas.count()).toBe(0);
    expect(await db().outbox.count()).toBe(0);
  });

  it('keeps a person signed up with a quarter this phone does not have, without the quarter', async () => {
    const args = signUpArgs({ quarterId: 'nowhere' });
    expect(await runMutation(db(), 'member.signUp', args)).toMatchObject({ ok: true });
    expect(await db().members.get(args.id)).toMatchObject({ firstName: args.firstName, quarterId: null });
    expect(await db().outbox.count()).toBe(1);
  });

  it('checks an edit against the whole member: removing the last contact is refused', async () => {
    const args = signUpArgs({ phone: '0612345678', email: '' });
    await runMutation(db(), 'member.signUp', args);
    const result = await runMutation(db(), 'member.update', { id: args.id, patch: { phone: '' } });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'patch.phone', message: 'validation.contactRequired' }] });
    expect((await db().members.get(args.id))?.phone).toBe('+33612345678');
  });

  it('deletes with a tombstone that keeps nothing of the person, and refuses to edit what was deleted', async () => {
    const args = signUpArgs();
    await runMutation(db(), 'member.signUp', args);
    expect(await runMutation(db(), 'member.delete', { id: args.id })).toMatchObject({ ok: true });
    expect(await db().members.get(args.id)).toMatchObject({ deleted: true, firstName: '', lastName: '', phone: '', email: '', notes: '' });
    expect(await runMutation(db(), 'member.update', { id: args.id, patch: { notes: 'x' } })).toMatchObject({ ok: false, code: 'deleted' });
  });

  it('refuses a second sign-up with the same id: the person first saved stays as typed, and nothing is queued', async () => {
    const args = signUpArgs({ firstName: 'Awa' });
    await runMutation(db(), 'member.signUp', args);
    const result = await runMutation(db(), 'member.signUp', { ...args, firstName: 'Bruno' });
    expect(result).toEqual({ ok: false, code: 'exists', issues: [{ path: 'id', message: 'validation.exists' }] });
    expect((await db().members.get(args.id))?.firstName).toBe('Awa');
    expect(await db().outbox.count()).toBe(1);
  });

  it('makes one row for a group link added twice, and removes it with a tombstone', async () => {
    const group = groupArgs();
    const member = signUpArgs();
    await runMutation(db(), 'group.create', group);
    await runMutation(db(), 'member.signUp', member);
    await runMutation(db(), 'groupMember.add', { groupId: group.id, memberId: member.id });
    await runMutation(db(), 'groupMember.add', { groupId: group.id, memberId: member.id });
    expect(await db().groupMembers.count()).toBe(1);
    await runMutation(db(), 'groupMember.remove', { groupId: group.id, memberId: member.id });
    expect((await db().groupMembers.toArray())[0]?.deleted).toBe(true);
  });
});

describe('durability', () => {
  it('commits every local write with strict durability (flushed to disk before it is reported done)', async () => {
    let seen: string | undefined;
    await db().transaction('rw', db().members, () => {
      seen = (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability;
    });
    expect(seen).toBe('strict');
  });
});
