import { afterEach, describe, expect, it } from 'vitest';
import { CourtCircuitDb } from '../../../src/db/database';
import { clearDemo, countDemoRows, loadDemo } from '../../../src/db/demo';
import { runMutation } from '../../../src/db/mutate';
import { hasDemoData } from '../../../src/db/queries';
import { SYNCED_TABLES } from '../../../src/domain/rows/rows';
import { joinId } from '../../../src/domain/rows/ids';
import { buildDemoDataset } from '../../../src/data/demo-dataset';
import {
  contractArgs,
  distributionArgs,
  eventArgs,
  groupArgs,
  offerArgs,
  outletArgs,
  producerArgs,
  signUpArgs,
} from '../../factories/entities';

let db: CourtCircuitDb;

// The tables the example fills: the ones its dataset gives (tables added since are not part of it until it is extended).
const DEMO_TABLES: readonly string[] = Object.keys(buildDemoDataset());

async function freshDb(): Promise<CourtCircuitDb> {
  db = new CourtCircuitDb(`test-demo-${Math.random()}`);
  await db.open();
  return db;
}

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('loadDemo / clearDemo', () => {
  it('loads the example as demo rows in one mutation', async () => {
    await freshDb();
    expect(await loadDemo(db, buildDemoDataset())).toMatchObject({ ok: true });
    expect(await db.outbox.count()).toBe(1);
    expect((await db.outbox.toArray())[0].name).toBe('demo.load');
    for (const table of SYNCED_TABLES) {
      const rows = await db.syncedTable(table).toArray();
      if (DEMO_TABLES.includes(table)) expect(rows.length, table).toBeGreaterThan(0);
      expect(
        rows.every((row) => row.demo === true && row.deleted === false),
        table,
      ).toBe(true);
    }
    expect(await hasDemoData(db)).toBe(true);
    expect((await countDemoRows(db)).producers).toBeGreaterThanOrEqual(12);
  });

  it('removes every demo row and the links to them, and leaves real data alone', async () => {
    await freshDb();
    await loadDemo(db, buildDemoDataset());
    const ok = { ok: true };
    const real = signUpArgs({ firstName: 'Réelle', lastName: 'Personne' });
    expect(await runMutation(db, 'member.signUp', real)).toMatchObject(ok);
    const demoGroup = (await db.groups.toArray())[0];
    expect(await runMutation(db, 'groupMember.add', { groupId: demoGroup.id, memberId: real.id })).toMatchObject(ok);

    // Real rows that hang off the example: a contract on a demo offer at a demo distribution, its check-off,
    // an absence and a volunteer slot there.
    const demoDistribution = (await db.distributions.toArray())[0];
    const demoOffer = (await db.offers.toArray())[0];
    const date = demoDistribution.date;
    const onDemo = contractArgs(
      { memberId: real.id, groupId: demoDistribution.groupId, offerId: demoOffer.id },
      { kind: 'oneOff', startDate: date, endDate: date, deliveryDates: [date] },
    );
    expect(await runMutation(db, 'contract.create', onDemo)).toMatchObject(ok);
    const at = { distributionId: demoDistribution.id };
    const recordedAt = '2026-06-20T18:00:00.000Z';
    expect(
      await runMutation(db, 'pickup.record', {
        ...at,
        contractId: onDemo.id,
        status: 'collected',
        collectedBy: '',
        recordedAt,
        deviceId: 'd',
      }),
    ).toMatchObject(ok);
    expect(await runMutation(db, 'absence.declare', { ...at, memberId: real.id, proxyName: 'Voisine', note: '' })).toMatchObject(ok);
    expect(await runMutation(db, 'volunteer.take', { ...at, memberId: real.id, task: '' })).toMatchObject(ok);

    // A real distribution day of its own, which must stay.
    const producer = producerArgs();
    const offer = offerArgs(producer.id);
    const group = groupArgs();
    const contract = contractArgs({ memberId: real.id, groupId: group.id, offerId: offer.id });
    const distribution = distributionArgs(group.id, { date: contract.deliveryDates[0] });
    const realAt = { distributionId: distribution.id };
    for (const [name, args] of [
      ['producer.create', producer],
      ['offer.create', offer],
      ['group.create', group],
      ['contract.create', contract],
      ['distribution.create', distribution],
      ['pickup.record', { ...realAt, contractId: contract.id, status: 'collected', collectedBy: '', recordedAt, deviceId: 'd' }],
      ['absence.declare', { ...realAt, memberId: real.id, proxyName: '', note: '' }],
      ['volunteer.take', { ...realAt, memberId: real.id, task: 'Accueil' }],
    ] as const) {
      expect(await runMutation(db, name, args), name).toMatchObject(ok);
    }

    expect(await clearDemo(db)).toMatchObject(ok);

    // What is left alive is exactly the real distribution day and its member.
    const realRows = ['members', 'producers', 'offers', 'groups', 'contracts', 'distributions', 'pickups', 'absences', 'volunteers'];
    for (const table of SYNCED_TABLES) {
      const rows = await db.syncedTable(table).toArray();
      const demoRows = rows.filter((row) => row.demo === true);
      if (DEMO_TABLES.includes(table)) expect(demoRows.length, table).toBeGreaterThan(0);
      expect(
        demoRows.every((row) => row.deleted === true),
        table,
      ).toBe(true);
      expect(rows.filter((row) => row.deleted === false).length, table).toBe(realRows.includes(table) ? 1 : 0);
    }
    const member = await db.members.get(real.id);
    expect(member).toMatchObject({ deleted: false, demo: false, firstName: 'Réelle' });
    // The real member's link to a demo group goes with the group, and so does what they had on the example.
    expect(await db.groupMembers.get(joinId(demoGroup.id, real.id))).toMatchObject({ deleted: true });
    expect(await db.contracts.get(onDemo.id)).toMatchObject({ deleted: true, demo: false });
    expect(await db.pickups.get(joinId(demoDistribution.id, onDemo.id))).toMatchObject({ deleted: true });
    expect(await db.absences.get(joinId(demoDistribution.id, real.id))).toMatchObject({ deleted: true });
    expect(await db.volunteers.get(joinId(demoDistribution.id, real.id))).toMatchObject({ deleted: true });
    expect(await db.contracts.get(contract.id)).toMatchObject({ deleted: false, producerId: producer.id });
    expect(await db.pickups.get(joinId(distribution.id, contract.id))).toMatchObject({ deleted: false, status: 'collected' });
    expect(await hasDemoData(db)).toBe(false);
    expect(await countDemoRows(db)).toEqual({ areas: 0, producers: 0, groups: 0, events: 0, members: 0 });
  });

  it('clears the real rows’ references to demo quarters, communes and events, and keeps the rows', async () => {
    await freshDb();
    await loadDemo(db, buildDemoDataset());
    const areas = await db.areas.toArray();
    const demoQuarter = areas.find((area) => area.kind === 'quarter');
    const demoCommune = areas.find((area) => area.kind === 'commune');
    const demoEvent = (await db.events.toArray())[0];
    const demoProducer = (await db.producers.toArray())[0];
    if (!demoQuarter || !demoCommune || !demoEvent || !demoProducer)
      throw new Error('the example has a quarter, a commune, an event and a producer');
    const producer = producerArgs({ communeId: demoCommune.id });
    const group = groupArgs({ quarterId: demoQuarter.id });
    const member = signUpArgs({ quarterId: demoQuarter.id, signupEventId: demoEvent.id });
    const event = eventArgs({ quarterId: demoQuarter.id });
    const supplier = producerArgs();
    const outlet = outletArgs({ quarterId: demoQuarter.id, producerIds: [demoProducer.id, supplier.id] });
    for (const [name, args] of [
      ['producer.create', producer],
      ['producer.create', supplier],
      ['group.create', group],
      ['member.signUp', member],
      ['event.create', event],
      ['outlet.create', outlet],
    ] as const) {
      expect(await runMutation(db, name, args), name).toMatchObject({ ok: true });
    }

    expect(await clearDemo(db)).toMatchObject({ ok: true });

    expect(await db.producers.get(producer.id)).toMatchObject({ deleted: false, name: producer.name, communeId: null });
    expect(await db.groups.get(group.id)).toMatchObject({ deleted: false, quarterId: null });
    expect(await db.members.get(member.id)).toMatchObject({
      deleted: false,
      firstName: member.firstName,
      quarterId: null,
      signupEventId: null,
    });
    expect(await db.events.get(event.id)).toMatchObject({ deleted: false, quarterId: null });
    expect(await db.outlets.get(outlet.id)).toMatchObject({ deleted: false, quarterId: null, producerIds: [supplier.id] });
    expect(await db.areas.get(demoQuarter.id)).toMatchObject({ deleted: true });
  });

  it('demo.clear deletes only demo-related rows, whatever targets it is given', async () => {
    await freshDb();
    await loadDemo(db, buildDemoDataset());
    const real = signUpArgs();
    const producer = producerArgs();
    const offer = offerArgs(producer.id);
    await runMutation(db, 'member.signUp', real);
    await runMutation(db, 'producer.create', producer);
    await runMutation(db, 'offer.create', offer);
    const result = await runMutation(db, 'demo.clear', {
      targets: [
        { table: 'members', id: real.id },
        { table: 'offers', id: offer.id },
        { table: 'producers', id: producer.id },
      ],
    });
    expect(result).toMatchObject({ ok: true });
    expect(await db.members.get(real.id)).toMatchObject({ deleted: false });
    expect(await db.offers.get(offer.id)).toMatchObject({ deleted: false });
    expect(await db.producers.get(producer.id)).toMatchObject({ deleted: false });
  });

  it('copies the producer onto demo contracts and the member and producer onto demo check-offs', async () => {
    await freshDb();
    await loadDemo(db, buildDemoDataset());
    const offers = new Map((await db.offers.toArray()).map((offer) => [offer.id, offer]));
    const contracts = await db.contracts.toArray();
    expect(contracts.every((c) => c.producerId === offers.get(c.offerId)?.producerId)).toBe(true);
    const byId = new Map(contracts.map((c) => [c.id, c]));
    const pickups = await db.pickups.toArray();
    expect(
      pickups.every((p) => p.memberId === byId.get(p.contractId)?.memberId && p.producerId === byId.get(p.contractId)?.producerId),
    ).toBe(true);
  });

  it('still loads a dataset without the distribution-day tables, and refuses a check-off of a basket not due', async () => {
    await freshDb();
    const { offers: _o, contracts, distributions, absences: _a, pickups, volunteers: _v, ...older } = buildDemoDataset();
    expect(await runMutation(db, 'demo.load', older)).toMatchObject({ ok: true });
    expect(await db.members.count()).toBeGreaterThan(0);
    expect(await db.contracts.count()).toBe(0);

    const dataset = buildDemoDataset();
    const pickup = dataset.pickups[0];
    const groupOf = dataset.contracts.find((c) => c.id === pickup.contractId)?.groupId;
    const other = dataset.distributions.find((d) => d.groupId !== groupOf);
    expect(other).toBeDefined();
    const moved = { ...dataset, pickups: [{ ...pickup, distributionId: other?.id ?? '' }] };
    expect(await runMutation(db, 'demo.load', moved)).toMatchObject({
      ok: false,
      issues: [{ path: 'pickups.0.contractId', message: 'validation.basketNotInDistribution' }],
    });
    expect([contracts.length, distributions.length, pickups.length].every((n) => n > 0)).toBe(true);
  });

  it('clearing when there is no demo data changes nothing', async () => {
    await freshDb();
    const real = signUpArgs();
    await runMutation(db, 'member.signUp', real);
    expect(await clearDemo(db)).toMatchObject({ ok: true });
    expect(await db.members.get(real.id)).toMatchObject({ deleted: false });
  });
});
