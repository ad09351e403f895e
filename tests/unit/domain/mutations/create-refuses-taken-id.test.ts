import { describe, expect, it } from 'vitest';
import { contractArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../../../factories/entities';
import { Replica } from '../../../factories/plan-replica';

const refusal = { code: 'exists', issues: [{ path: 'id', message: 'validation.exists' }] };

describe('a create with an id already taken', () => {
  it('refuses to overwrite a live producer, whose fields stay as they were', async () => {
    const replica = new Replica();
    const producer = producerArgs({ name: 'Ferme du Clain' });
    await replica.run('producer.create', producer);
    await expect(replica.plan('producer.create', { ...producer, name: 'Quelqu’un d’autre' })).rejects.toMatchObject(refusal);
    expect(replica.get('producers', producer.id)).toMatchObject({ name: 'Ferme du Clain' });
  });

  it('refuses to bring a deleted producer back', async () => {
    const replica = new Replica();
    const producer = producerArgs();
    await replica.run('producer.create', producer);
    await replica.run('producer.delete', { id: producer.id });
    await expect(replica.plan('producer.create', producer)).rejects.toMatchObject(refusal);
  });

  it('refuses a sign-up over a live or a deleted member', async () => {
    const replica = new Replica();
    const [live, deleted] = [signUpArgs(), signUpArgs()];
    await replica.run('member.signUp', live);
    await replica.run('member.signUp', deleted);
    await replica.run('member.delete', { id: deleted.id });
    await expect(replica.plan('member.signUp', { ...live, firstName: 'Autre' })).rejects.toMatchObject(refusal);
    await expect(replica.plan('member.signUp', deleted)).rejects.toMatchObject(refusal);
    expect(replica.get('members', deleted.id)?.deleted).toBe(true);
  });

  it('refuses a contract over an existing one', async () => {
    const replica = new Replica();
    const [producer, group, member] = [producerArgs(), groupArgs(), signUpArgs()];
    const offer = offerArgs(producer.id);
    await replica.run('producer.create', producer);
    await replica.run('group.create', group);
    await replica.run('member.signUp', member);
    await replica.run('offer.create', offer);
    const contract = contractArgs({ memberId: member.id, groupId: group.id, offerId: offer.id });
    await replica.run('contract.create', contract);
    await expect(replica.plan('contract.create', contract)).rejects.toMatchObject(refusal);
  });

  it('still adds a group link again: join rows are made by what they join', async () => {
    const replica = new Replica();
    const [group, member] = [groupArgs(), signUpArgs()];
    await replica.run('group.create', group);
    await replica.run('member.signUp', member);
    await replica.run('groupMember.add', { groupId: group.id, memberId: member.id });
    await replica.run('groupMember.remove', { groupId: group.id, memberId: member.id });
    await replica.run('groupMember.add', { groupId: group.id, memberId: member.id });
    expect([...replica.rows.values()].filter((row) => 'groupId' in row && 'memberId' in row)).toMatchObject([{ deleted: false }]);
  });
});
