/**
 * Partners, sourcing initiatives, outlets and event attendance. An outlet's quarter, initiative and suppliers are
 * optional references (OPTIONAL_REFS); attendance is about its event and person, which must be live.
 */
import { attendanceFields, initiativeFields, outletFields, partnerFields } from '../programme/programme-entities';
import { joinId } from '../rows/ids';
import { defineMutation, readLive } from './define';
import { entityMutations } from './entity-mutations';

export const partnerMutations = entityMutations({ table: 'partners', fields: partnerFields });
export const initiativeMutations = entityMutations({ table: 'initiatives', fields: initiativeFields });

export const outletMutations = entityMutations({ table: 'outlets', fields: outletFields });

export const attendanceRecord = defineMutation({
  args: attendanceFields,
  async plan(args, ctx) {
    await readLive(ctx, 'events', args.eventId, 'eventId');
    await readLive(ctx, args.attendeeKind === 'member' ? 'members' : 'producers', args.attendeeId, 'attendeeId');
    return [{ table: 'attendance', id: joinId(args.eventId, args.attendeeId), fields: { ...args, deleted: false } }];
  },
});
