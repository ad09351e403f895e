/**
 * The example territory: loaded in one mutation, every row flagged demo, and removed in one mutation that only
 * ever deletes demo rows (and the links that point at them) and clears real rows' optional references to them,
 * whatever the caller asks.
 */
import { z } from '../zod';
import {
  absenceFields,
  checkOpeningHours,
  checkSeason,
  contractFields,
  distributionShape,
  offerFields,
  pickupFields,
  volunteerFields,
} from '../distribution/distribution-entities';
import { areaFields, eventFields, groupFields, idSchema, producerFields } from '../people/entities';
import { demoRemoval } from '../rows/demo-links';
import { joinId } from '../rows/ids';
import { SYNCED_TABLES, rowKey, type RowWrite, type TableName } from '../rows/rows';
import { MutationRejected, defineMutation, withStoredPhone } from './define';
import { signUpArgs } from './member-mutations';

const withId = { id: idSchema };

export const demoLoadArgs = z.object({
  areas: z.array(areaFields.extend(withId)).max(200),
  producers: z.array(producerFields.extend(withId)).max(500),
  groups: z.array(groupFields.extend(withId)).max(200),
  events: z.array(eventFields.extend(withId)).max(200),
  members: z.array(signUpArgs).max(2000),
  groupMembers: z.array(z.object({ groupId: idSchema, memberId: idSchema })).max(5000),
  // The distribution-day tables came later: a dataset without them (an older phone's push) still loads.
  offers: z.array(offerFields.extend(withId)).max(1000).default([]),
  contracts: z.array(z.object(withId).extend(contractFields.shape).superRefine(checkSeason)).max(5000).default([]),
  distributions: z.array(distributionShape.extend(withId).superRefine(checkOpeningHours)).max(2000).default([]),
  absences: z.array(absenceFields).max(5000).default([]),
  pickups: z.array(pickupFields).max(20_000).default([]),
  volunteers: z.array(volunteerFields).max(5000).default([]),
});
/** What buildDemoDataset makes: every table given, even the ones demo.load lets an older caller leave out. */
export type DemoDataset = Required<z.input<typeof demoLoadArgs>>;

function rejectRef(path: string, message = 'validation.notFound'): never {
  throw new MutationRejected('invalid', [{ path, message }]);
}

export const demoLoad = defineMutation({
  args: demoLoadArgs,
  async plan(dataset) {
    const writes: RowWrite[] = [];
    const add = (table: TableName, id: string, fields: Record<string, unknown>) =>
      writes.push({ table, id, fields: { ...fields, deleted: false, demo: true } });
    for (const { id, ...fields } of dataset.areas) add('areas', id, fields);
    for (const { id, ...fields } of dataset.producers) add('producers', id, withStoredPhone(fields));
    for (const { id, ...fields } of dataset.groups) add('groups', id, fields);
    for (const { id, ...fields } of dataset.events) add('events', id, fields);
    for (const { id, demo: _demo, ...fields } of dataset.members) add('members', id, withStoredPhone(fields));
    for (const link of dataset.groupMembers) add('groupMembers', joinId(link.groupId, link.memberId), link);
    for (const { id, ...fields } of dataset.offers) add('offers', id, fields);

    // As contract.create and pickup.record do, the producer (and the member) are copied onto the rows; the
    // example only refers to its own rows, so they are looked up in the dataset.
    const offers = new Map(dataset.offers.map((offer) => [offer.id, offer]));
    const contracts = new Map(dataset.contracts.map((contract) => [contract.id, contract]));
    const distributions = new Map(dataset.distributions.map((distribution) => [distribution.id, distribution]));
    dataset.contracts.forEach(({ id, ...fields }, index) => {
      const offer = offers.get(fields.offerId) ?? rejectRef(`contracts.${index}.offerId`);
      add('contracts', id, { ...fields, producerId: offer.producerId });
    });
    for (const { id, ...fields } of dataset.distributions) add('distributions', id, fields);
    for (const absence of dataset.absences) add('absences', joinId(absence.distributionId, absence.memberId), absence);
    dataset.pickups.forEach((pickup, index) => {
      const contract = contracts.get(pickup.contractId) ?? rejectRef(`pickups.${index}.contractId`);
      const distribution = distributions.get(pickup.distributionId) ?? rejectRef(`pickups.${index}.distributionId`);
      if (contract.groupId !== distribution.groupId || !contract.deliveryDates.includes(distribution.date)) {
        rejectRef(`pickups.${index}.contractId`, 'validation.basketNotInDistribution');
      }
      const fields = { ...pickup, memberId: contract.memberId, producerId: offers.get(contract.offerId)?.producerId };
      add('pickups', joinId(pickup.distributionId, pickup.contractId), fields);
    });
    for (const volunteer of dataset.volunteers) add('volunteers', joinId(volunteer.distributionId, volunteer.memberId), volunteer);
    return writes;
  },
});

const tableOrder = (table: TableName) => SYNCED_TABLES.indexOf(table);

export const demoClear = defineMutation({
  args: z.object({ targets: z.array(z.object({ table: z.enum(SYNCED_TABLES), id: idSchema })).max(20_000) }),
  async plan({ targets }, ctx) {
    const writes: RowWrite[] = [];
    // A real check-off of a real contract on a demo group goes too: the rows removed here count as demo for the
    // rows that point at them, so targets are settled references first.
    const removed = new Set<string>();
    const isDemo = async (table: TableName, id: string) => removed.has(rowKey(table, id)) || (await ctx.read.get(table, id))?.demo === true;
    for (const { table, id } of [...targets].sort((a, b) => tableOrder(a.table) - tableOrder(b.table))) {
      const row = await ctx.read.get(table, id);
      if (!row || row.deleted || removed.has(rowKey(table, id))) continue;
      const fields = await demoRemoval(table, row, isDemo);
      if (!fields) continue;
      if (fields.deleted === true) removed.add(rowKey(table, id));
      writes.push({ table, id, fields });
    }
    return writes;
  },
});
