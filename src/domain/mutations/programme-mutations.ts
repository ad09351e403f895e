/** Partners, sourcing initiatives, outlets and event attendance. References must point to live rows. */
import { attendanceFields, initiativeFields, outletFields, partnerFields } from '../programme-entities';
import { joinId } from '../ids';
import { checkRef, defineMutation, readLive } from './define';
import { entityMutations } from './entity-mutations';

export const partnerMutations = entityMutations({ table: 'partners', fields: partnerFields });
export const initiativeMutations = entityMutations({ table: 'initiatives', fields: initiativeFields });

export const outletMutations = entityMutations({
  table: 'outlets',
  fields: outletFields,
  checkRefs: async (f, ctx) => {
    await checkRef(ctx, 'areas', f.quarterId ?? null, 'quarterId');
    await checkRef(ctx, 'initiatives', f.initiativeId ?? null, 'initiativeId');
    for (const producerId of f.producerIds ?? []) await readLive(ctx, 'producers', producerId, 'producerIds');
  },
});

export const attendanceRecord = defineMutation({
  args: attendanceFields,
  async plan(args, ctx) {
    await readLive(ctx, 'events', args.eventId, 'eventId');
    await readLive(ctx, args.attendeeKind === 'member' ? 'members' : 'producers', args.attendeeId, 'attendeeId');
    return [{ table: 'attendance', id: joinId(args.eventId, args.attendeeId), fields: { ...args, deleted: false } }];
  },
});
