import { describe, expect, it } from 'vitest';
import { runMutation } from '../../../src/db/mutate';
import { joinId } from '../../../src/domain/rows/ids';
import type { Member } from '../../../src/domain/people/entities';
import { areaArgs, groupArgs, signUpArgs } from '../../factories/entities';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('member-merge-test');

async function ok(result: Promise<{ ok: boolean }>) {
  expect((await result).ok).toBe(true);
}

async function twoSignups() {
  const quarter = areaArgs({ name: 'Beaulieu' });
  const amap = groupArgs({ name: 'AMAP des Couronneries' });
  const epicerie = groupArgs({ name: 'Épicerie du Clain' });
  await ok(runMutation(db(), 'area.create', quarter));
  await ok(runMutation(db(), 'group.create', amap));
  await ok(runMutation(db(), 'group.create', epicerie));
  // The same woman, signed up on two phones: one knew her e-mail, the other her quarter and household.
  const keep = signUpArgs({
    firstName: 'Élodie',
    lastName: 'Durand',
    phone: '06 12 34 56 78',
    email: '',
    interests: ['vegetables', 'eggs'],
    signupDeviceId: 'phone-a',
    signupDeviceName: 'Téléphone A',
    notes: 'Préfère le samedi',
  });
  const merge = signUpArgs({
    firstName: 'elodie',
    lastName: 'DURAND',
    phone: '+33 6 12 34 56 78',
    email: 'elodie@exemple.fr',
    quarterId: quarter.id,
    householdSize: 3,
    interests: ['eggs', 'bread'],
    signupDeviceId: 'phone-b',
    signupDeviceName: 'Téléphone B',
    signupAt: '2026-06-20T16:30:00.000Z',
    notes: 'Autre note',
  });
  await ok(runMutation(db(), 'member.signUp', keep));
  await ok(runMutation(db(), 'member.signUp', merge));
  await ok(runMutation(db(), 'groupMember.add', { groupId: amap.id, memberId: merge.id }));
  await ok(runMutation(db(), 'groupMember.add', { groupId: epicerie.id, memberId: keep.id }));
  return { keep, merge, quarter, amap, epicerie };
}

describe('member.merge', () => {
  it('fills the kept member, unions interests, keeps both sign-ups, moves links and leaves a tombstone', async () => {
    const { keep, merge, quarter, amap, epicerie } = await twoSignups();
    const result = await runMutation(db(), 'member.merge', { keepId: keep.id, mergeId: merge.id, groupIds: [amap.id] });
    expect(result.ok).toBe(true);

    const kept = (await db().members.get(keep.id)) as Member;
    expect(kept).toMatchObject({
      firstName: 'Élodie',
      phone: '+33612345678',
      email: 'elodie@exemple.fr',
      quarterId: quarter.id,
      householdSize: 3,
      notes: 'Préfère le samedi',
      signupDeviceId: 'phone-a',
      deleted: false,
    });
    expect([...kept.interests].sort()).toEqual(['bread', 'eggs', 'vegetables']);
    expect(kept.mergedSignups).toEqual([
      expect.objectContaining({
        memberId: merge.id,
        signupDeviceId: 'phone-b',
        signupDeviceName: 'Téléphone B',
        signupAt: merge.signupAt,
        consentGiven: true,
      }),
    ]);

    const gone = (await db().members.get(merge.id)) as Member;
    // What was copied lives on the kept member; the tombstone keeps nothing that names or reaches her.
    expect(gone).toMatchObject({
      deleted: true,
      mergedInto: keep.id,
      firstName: '',
      lastName: '',
      phone: '',
      email: '',
      notes: '',
      quarterId: quarter.id,
    });

    expect(await db().groupMembers.get(joinId(amap.id, keep.id))).toMatchObject({ groupId: amap.id, memberId: keep.id, deleted: false });
    expect(await db().groupMembers.get(joinId(amap.id, merge.id))).toMatchObject({ deleted: true });
    expect(await db().groupMembers.get(joinId(epicerie.id, keep.id))).toMatchObject({ deleted: false });

    const last = (await db().outbox.toArray()).at(-1);
    expect(last).toMatchObject({ name: 'member.merge', args: { keepId: keep.id, mergeId: merge.id, groupIds: [amap.id] } });
  });

  it('keeps a chain of merges: the merged member brings its own merged sign-ups', async () => {
    const { keep, merge } = await twoSignups();
    const third = signUpArgs({ firstName: 'Élodie', lastName: 'Durand', signupDeviceId: 'phone-c' });
    await ok(runMutation(db(), 'member.signUp', third));
    await ok(runMutation(db(), 'member.merge', { keepId: merge.id, mergeId: third.id }));
    await ok(runMutation(db(), 'member.merge', { keepId: keep.id, mergeId: merge.id }));
    const kept = (await db().members.get(keep.id)) as Member;
    expect(kept.mergedSignups?.map((s) => s.memberId)).toEqual([merge.id, third.id]);
  });

  it('skips a listed group the merged member is not linked to', async () => {
    const { keep, merge, epicerie } = await twoSignups();
    await ok(runMutation(db(), 'member.merge', { keepId: keep.id, mergeId: merge.id, groupIds: ['no-such-group', epicerie.id] }));
    expect(await db().groupMembers.get(joinId(epicerie.id, merge.id))).toBeUndefined();
    expect(await db().groupMembers.get(joinId('no-such-group', keep.id))).toBeUndefined();
  });

  it.each([
    ['the same id twice', (k: string) => ({ keepId: k, mergeId: k }), 'invalid'],
    ['an unknown member', (k: string) => ({ keepId: k, mergeId: 'nobody' }), 'notFound'],
    ['an unknown kept member', (_k: string, m: string) => ({ keepId: 'nobody', mergeId: m }), 'notFound'],
  ])('rejects %s and stores nothing', async (_label, argsOf, code) => {
    const { keep, merge } = await twoSignups();
    const before = { members: await db().members.toArray(), links: await db().groupMembers.toArray(), outbox: await db().outbox.count() };
    const result = await runMutation(db(), 'member.merge', argsOf(keep.id, merge.id));
    expect(result).toMatchObject({ ok: false, code });
    expect(await db().members.toArray()).toEqual(before.members);
    expect(await db().groupMembers.toArray()).toEqual(before.links);
    expect(await db().outbox.count()).toBe(before.outbox);
  });

  it('rejects merging into a deleted member', async () => {
    const { keep, merge } = await twoSignups();
    await ok(runMutation(db(), 'member.delete', { id: keep.id }));
    expect(await runMutation(db(), 'member.merge', { keepId: keep.id, mergeId: merge.id })).toMatchObject({ ok: false, code: 'deleted' });
    expect(await db().members.get(merge.id)).toMatchObject({ deleted: false });
  });

  it('writes the chosen values onto the kept member, the phone in E.164, and refuses a choice that leaves no contact', async () => {
    const { keep, merge } = await twoSignups();
    const refused = await runMutation(db(), 'member.merge', { keepId: keep.id, mergeId: merge.id, chosen: { phone: '', email: '' } });
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    await ok(
      runMutation(db(), 'member.merge', { keepId: keep.id, mergeId: merge.id, chosen: { lastName: 'Durand', phone: '07 00 00 00 09' } }),
    );
    expect(await db().members.get(keep.id)).toMatchObject({ lastName: 'Durand', phone: '+33700000009' });
  });
});

describe('member.unmerge', () => {
  it('refuses to undo what was not a merge into that member: a live member, a deletion', async () => {
    const { keep, merge } = await twoSignups();
    const args = { keepId: keep.id, mergeId: merge.id, keep: {}, merge: { firstName: 'X' } };
    expect(await runMutation(db(), 'member.unmerge', args)).toMatchObject({ ok: false, code: 'invalid' });
    await ok(runMutation(db(), 'member.delete', { id: merge.id }));
    expect(await runMutation(db(), 'member.unmerge', args)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await db().members.get(merge.id)).toMatchObject({ deleted: true });
  });
});
