/**
 * The example territory: loaded in one mutation, every row flagged demo, and removed in one mutation that only
 * ever deletes demo rows (and the group links that point at them), whatever the caller asks.
 */
import { z } from 'zod';
import { areaFields, eventFields, groupFields, idSchema, producerFields } from '../entities';
import { joinId } from '../ids';
import { SYNCED_TABLES, type RowWrite, type TableName } from '../rows';
import { defineMutation } from './define';
import { signUpArgs } from './member-mutations';

const withId = { id: idSchema };

export const demoLoadArgs = z.object({
  areas: z.array(areaFields.extend(withId)).max(200),
  producers: z.array(producerFields.extend(withId)).max(500),
  groups: z.array(groupFields.extend(withId)).max(200),
  events: z.array(eventFields.extend(withId)).max(200),
  members: z.array(signUpArgs).max(2000),
  groupMembers: z.array(z.object({ groupId: idSchema, memberId: idSchema })).max(5000),
});
export type DemoDataset = z.input<typeof demoLoadArgs>;

export const demoLoad = defineMutation({
  args: demoLoadArgs,
  async plan(dataset) {
    const writes: RowWrite[] = [];
    const add = (table: TableName, id: string, fields: Record<string, unknown>) =>
      writes.push({ table, id, fields: { ...fields, deleted: false, demo: true } });
    for (const { id, ...fields } of dataset.areas) add('areas', id, fields);
    for (const { id, ...fields } of dataset.producers) add('producers', id, fields);
    for (const { id, ...fields } of dataset.groups) add('groups', id, fields);
    for (const { id, ...fields } of dataset.events) add('events', id, fields);
    for (const { id, demo: _demo, ...fields } of dataset.members) add('members', id, fields);
    for (const link of dataset.groupMembers) add('groupMembers', joinId(link.groupId, link.memberId), link);
    return writes;
  },
});

export const demoClear = defineMutation({
  args: z.object({ targets: z.array(z.object({ table: z.enum(SYNCED_TABLES), id: idSchema })).max(10_000) }),
  async plan({ targets }, ctx) {
    const writes: RowWrite[] = [];
    for (const { table, id } of targets) {
      const row = await ctx.read.get(table, id);
      if (!row || row.deleted) continue;
      let isDemo = row.demo;
      if (!isDemo && table === 'groupMembers') {
        const group = await ctx.read.get('groups', String(row.groupId));
        const member = await ctx.read.get('members', String(row.memberId));
        isDemo = Boolean(group?.demo || member?.demo);
      }
      if (isDemo) writes.push({ table, id, fields: { deleted: true } });
    }
    return writes;
  },
});
