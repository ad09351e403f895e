/** Every named mutation, by the name that travels in the outbox and over the wire. Names are never reused. */
import type { z } from 'zod';
import { areaFields, eventFields, groupFields, producerFields } from '../people/entities';
import { entityMutations } from './entity-mutations';
import { demoClear, demoLoad } from './demo-mutations';
import { groupMemberAdd, groupMemberRemove, memberDelete, memberSignUp, memberUpdate } from './member-mutations';
import { memberMerge } from './member-merge';
import { memberUnmerge } from './member-unmerge';
import { membershipFeeSet, paymentCash, paymentConfirmHanded, paymentHandOver, paymentPlanSet, paymentReceive } from './payment-mutations';
import { attendanceRecord, initiativeMutations, outletMutations, partnerMutations } from './programme-mutations';
import {
  absenceCancel,
  absenceDeclare,
  contractCreate,
  contractDelete,
  contractUpdate,
  distributionMutations,
  distributionNumberBaskets,
  offerMutations,
  pickupRecord,
  volunteerRelease,
  volunteerTake,
} from './distribution-mutations';

const areas = entityMutations({ table: 'areas', fields: areaFields });
const producers = entityMutations({ table: 'producers', fields: producerFields });
const groups = entityMutations({ table: 'groups', fields: groupFields });
const events = entityMutations({ table: 'events', fields: eventFields });

export const mutations = {
  'area.create': areas.create,
  'area.update': areas.update,
  'area.delete': areas.delete,
  'producer.create': producers.create,
  'producer.update': producers.update,
  'producer.delete': producers.delete,
  'group.create': groups.create,
  'group.update': groups.update,
  'group.delete': groups.delete,
  'event.create': events.create,
  'event.update': events.update,
  'event.delete': events.delete,
  'member.signUp': memberSignUp,
  'member.update': memberUpdate,
  'member.delete': memberDelete,
  'member.merge': memberMerge,
  'member.unmerge': memberUnmerge,
  'groupMember.add': groupMemberAdd,
  'groupMember.remove': groupMemberRemove,
  'offer.create': offerMutations.create,
  'offer.update': offerMutations.update,
  'offer.delete': offerMutations.delete,
  'contract.create': contractCreate,
  'contract.update': contractUpdate,
  'contract.delete': contractDelete,
  'distribution.create': distributionMutations.create,
  'distribution.update': distributionMutations.update,
  'distribution.delete': distributionMutations.delete,
  'distribution.numberBaskets': distributionNumberBaskets,
  'absence.declare': absenceDeclare,
  'absence.cancel': absenceCancel,
  'pickup.record': pickupRecord,
  'volunteer.take': volunteerTake,
  'volunteer.release': volunteerRelease,
  'partner.create': partnerMutations.create,
  'partner.update': partnerMutations.update,
  'partner.delete': partnerMutations.delete,
  'initiative.create': initiativeMutations.create,
  'initiative.update': initiativeMutations.update,
  'initiative.delete': initiativeMutations.delete,
  'outlet.create': outletMutations.create,
  'outlet.update': outletMutations.update,
  'outlet.delete': outletMutations.delete,
  'attendance.record': attendanceRecord,
  'payment.planSet': paymentPlanSet,
  'payment.receive': paymentReceive,
  'payment.handOver': paymentHandOver,
  'payment.confirmHanded': paymentConfirmHanded,
  'payment.cash': paymentCash,
  'membershipFee.set': membershipFeeSet,
  'demo.load': demoLoad,
  'demo.clear': demoClear,
} as const;

export type MutationName = keyof typeof mutations;
export type MutationArgs<N extends MutationName> = z.input<(typeof mutations)[N]['args']>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutations, name);
}
