import { describe, expect, it, vi } from 'vitest';
import { CourtCircuitDb } from '../../../src/db/database';
import { runMutation } from '../../../src/db/mutate';
import { runMutationGroups, type GroupStep } from '../../../src/db/mutate-groups';
import { groupArgs, signUpArgs } from '../../factories/entities';
import { freshDbPerTest } from '../../factories/fresh-db';

const db = freshDbPerTest('mutate-groups-test');

/** A fixed clock that moves by one millisecond per reading, the same for both ways of writing. */
function clock() {
  let at = 1_780_000_000_000;
  return () => (at += 1);
}

async function everything(target: CourtCircuitDb) {
  const device = await target.device.get('device');
  const node = device?.clientId ?? '';
  // The two databases have their own client ids, which the clocks carry: compared without them.
  const strip = (value: unknown) => JSON.parse(JSON.stringify(value).split(node).join('CLIENT')) as unknown;
  return strip({
    members: await target.members.toArray(),
    groups: await target.groups.toArray(),
    groupMembers: await target.groupMembers.toArray(),
    serverRows: await target.serverRows.toArray(),
    outbox: await target.outbox.toArray(),
    device: { ...device, deviceName: undefined },
  });
}

function importLike(): GroupStep[][] {
  const group = groupArgs();
  const first = signUpArgs();
  const second = signUpArgs();
  return [
    [{ name: 'group.create', args: group }],
    // Reads the group the first row created, not stored yet.
    [
      { name: 'member.signUp', args: first },
      { name: 'groupMember.add', args: { groupId: group.id, memberId: first.id } },
    ],
    [{ name: 'member.signUp', args: second }],
    // Writes a row an earlier row of the same call wrote.
    [{ name: 'member.update', args: { id: second.id, patch: { notes: 'venu au stand' } } }],
  ];
}

describe('runMutationGroups', () => {
  it('writes exactly what runMutation writes one mutation at a time, outbox entries included', async () => {
    const groups = importLike();
    const results = await runMutationGroups(db(), groups, clock());
    expect(results).toEqual(groups.map(() => ({ ok: true })));

    const oneByOne = new CourtCircuitDb(`mutate-groups-reference-${Math.random()}`);
    try {
      await oneByOne.open();
      const now = clock();
      for (const group of groups) for (const step of group) expect((await runMutation(oneByOne, step.name, step.args, now)).ok).toBe(true);
      expect(await everything(db())).toEqual(await everything(oneByOne));
    } finally {
      oneByOne.close();
      await oneByOne.delete();
    }
    const outbox = await db().outbox.toArray();
    expect(outbox.map((entry) => entry.mutationId)).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves out the whole of a refused group, and only it, with no gap in the mutation ids', async () => {
    const kept = signUpArgs();
    const refused = signUpArgs();
    const after = signUpArgs();
    const results = await runMutationGroups(db(), [
      [{ name: 'member.signUp', args: kept }],
      [
        { name: 'member.signUp', args: refused },
        { name: 'groupMember.add', args: { groupId: 'missing', memberId: refused.id } },
      ],
      [{ name: 'member.signUp', args: { ...after, email: 'pas-un-email', phone: '' } }],
      [{ name: 'member.signUp', args: after }],
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, false, false, true]);
    expect(results[2]).toMatchObject({ ok: false, issues: [{ path: 'email', message: 'validation.emailInvalid' }] });
    expect((await db().members.toArray()).map((member) => member.id).sort()).toEqual([kept.id, after.id].sort());
    expect((await db().outbox.toArray()).map((entry) => [entry.mutationId, entry.args])).toEqual([
      [1, expect.objectContaining({ id: kept.id })],
      [2, expect.objectContaining({ id: after.id })],
    ]);
    expect((await db().device.get('device'))?.nextMutationId).toBe(3);
  });

  it('stores nothing when storage fails, and says so for every group', async () => {
    await runMutation(db(), 'member.signUp', signUpArgs());
    const before = await everything(db());
    vi.spyOn(db().device, 'put').mockRejectedValueOnce(new Error('disk full'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const results = await runMutationGroups(db(), importLike());
    expect(results.every((result) => !result.ok && result.issues[0]?.message === 'validation.storageFailed')).toBe(true);
    expect(await everything(db())).toEqual(before);
  });
});
