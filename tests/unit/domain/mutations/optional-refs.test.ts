import { describe, expect, it } from 'vitest';
import { MutationRejected } from '../../../../src/domain/mutations/define';
import { storedPhone } from '../../../../src/domain/people/phone';
import { areaArgs, eventArgs, groupArgs, initiativeArgs, outletArgs, producerArgs, signUpArgs } from '../../../factories/entities';
import { Replica } from '../../../factories/plan-replica';

describe('optional references to a row that is gone', () => {
  it('signs a person up without the event and quarter deleted meanwhile', async () => {
    const replica = new Replica();
    const quarter = areaArgs();
    const event = eventArgs({ quarterId: quarter.id });
    await replica.run('area.create', quarter);
    await replica.run('event.create', event);
    await replica.run('event.delete', { id: event.id });
    await replica.run('area.delete', { id: quarter.id });

    const person = signUpArgs({ firstName: 'Awa', quarterId: quarter.id, signupEventId: event.id });
    await replica.run('member.signUp', person);

    expect(replica.get('members', person.id)).toMatchObject({
      firstName: 'Awa',
      phone: storedPhone(person.phone ?? ''),
      quarterId: null,
      signupEventId: null,
      deleted: false,
    });
  });

  it('signs a person up without an event and a quarter this replica never had (example data loaded offline)', async () => {
    const replica = new Replica();
    const person = signUpArgs({ quarterId: 'demo-quarter', signupEventId: 'demo-event' });
    await replica.run('member.signUp', person);
    expect(replica.get('members', person.id)).toMatchObject({ firstName: person.firstName, quarterId: null, signupEventId: null });
  });

  it('keeps the references that point at live rows', async () => {
    const replica = new Replica();
    const quarter = areaArgs();
    const event = eventArgs({ quarterId: quarter.id });
    await replica.run('area.create', quarter);
    await replica.run('event.create', event);
    const person = signUpArgs({ quarterId: quarter.id, signupEventId: event.id });
    await replica.run('member.signUp', person);
    expect(replica.get('members', person.id)).toMatchObject({ quarterId: quarter.id, signupEventId: event.id });
  });

  it('applies the rest of a member edit and leaves out a quarter that is gone: the member keeps theirs', async () => {
    const replica = new Replica();
    const [kept, gone] = [areaArgs(), areaArgs()];
    await replica.run('area.create', kept);
    await replica.run('area.create', gone);
    const person = signUpArgs({ quarterId: kept.id, notes: '' });
    await replica.run('member.signUp', person);
    await replica.run('area.delete', { id: gone.id });

    const writes = await replica.run('member.update', { id: person.id, patch: { quarterId: gone.id, notes: 'Vient le samedi' } });

    expect(writes).toEqual([{ table: 'members', id: person.id, fields: { notes: 'Vient le samedi' } }]);
    expect(replica.get('members', person.id)).toMatchObject({ quarterId: kept.id, notes: 'Vient le samedi' });
  });

  it('creates producers, groups, events and outlets without their quarter, commune, initiative or supplier that is gone', async () => {
    const replica = new Replica();
    const [quarter, initiative, supplier, other] = [areaArgs(), initiativeArgs(), producerArgs(), producerArgs()];
    await replica.run('area.create', quarter);
    await replica.run('initiative.create', initiative);
    await replica.run('producer.create', supplier);
    await replica.run('producer.create', other);
    await replica.run('area.delete', { id: quarter.id });
    await replica.run('initiative.delete', { id: initiative.id });
    await replica.run('producer.delete', { id: supplier.id });

    const producer = producerArgs({ communeId: quarter.id });
    const group = groupArgs({ quarterId: quarter.id });
    const event = eventArgs({ quarterId: 'never-synced' });
    const outlet = outletArgs({ quarterId: quarter.id, initiativeId: initiative.id, producerIds: [supplier.id, other.id] });
    await replica.run('producer.create', producer);
    await replica.run('group.create', group);
    await replica.run('event.create', event);
    await replica.run('outlet.create', outlet);

    expect(replica.get('producers', producer.id)).toMatchObject({ name: producer.name, communeId: null, deleted: false });
    expect(replica.get('groups', group.id)).toMatchObject({ name: group.name, quarterId: null });
    expect(replica.get('events', event.id)).toMatchObject({ name: event.name, quarterId: null });
    expect(replica.get('outlets', outlet.id)).toMatchObject({ quarterId: null, initiativeId: null, producerIds: [other.id] });
  });

  it('still refuses where the reference is the point: a group link to a deleted member, a check-off of a deleted distribution', async () => {
    const replica = new Replica();
    const group = groupArgs();
    const person = signUpArgs();
    await replica.run('group.create', group);
    await replica.run('member.signUp', person);
    await replica.run('member.delete', { id: person.id });
    await expect(replica.plan('groupMember.add', { groupId: group.id, memberId: person.id })).rejects.toMatchObject({ code: 'deleted' });
    await expect(
      replica.plan('pickup.record', {
        distributionId: 'gone',
        contractId: 'gone-too',
        status: 'collected',
        collectedBy: '',
        recordedAt: '2026-06-20T15:00:00.000Z',
        deviceId: 'test-device',
      }),
    ).rejects.toBeInstanceOf(MutationRejected);
  });
});
