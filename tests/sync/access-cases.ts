/**
 * For every mutation of the registry, arguments naming rows of the territory in the acting account's scope ("in")
 * and out of it: what tests/sync/access-table.test.ts pushes for each role and asks each role's device about. "in"
 * arguments are ones every role that may run the mutation gets applied; a mutation only coordinators run has no
 * "out" case, its role check being the point.
 */
import type { MutationArgs, MutationName } from '../../src/domain/mutations/registry';
import {
  areaArgs,
  contractArgs,
  distributionArgs,
  eventArgs,
  groupArgs,
  initiativeArgs,
  offerArgs,
  outletArgs,
  partnerArgs,
  paymentPlanArgs,
  paymentReceiveArgs,
  producerArgs,
  signUpArgs,
} from '../factories/entities';
import type { Territory } from './access-territory';

export interface AccessCase<N extends MutationName> {
  label: string;
  args: (rows: Territory) => MutationArgs<N>;
}

export type AccessCases = { [N in MutationName]: AccessCase<N>[] };

const inScope = <N extends MutationName>(args: (rows: Territory) => MutationArgs<N>): AccessCase<N> => ({ label: 'in scope', args });
const outOf = <N extends MutationName>(label: string, args: (rows: Territory) => MutationArgs<N>): AccessCase<N> => ({ label, args });
const edit = (notes: string) => ({ patch: { notes } });

export const ACCESS_CASES: AccessCases = {
  'area.create': [inScope(() => areaArgs())],
  'area.update': [inScope((r) => ({ id: r.area.id, patch: { name: 'Bel-Air' } }))],
  'area.delete': [inScope((r) => ({ id: r.area.id }))],
  'producer.create': [inScope(() => producerArgs())],
  'producer.update': [
    inScope((r) => ({ id: r.pMine.id, ...edit('Paniers le jeudi') })),
    outOf('another producer', (r) => ({ id: r.pTheirs.id, ...edit('not mine') })),
  ],
  'producer.delete': [inScope((r) => ({ id: r.pMine.id }))],
  'group.create': [inScope(() => groupArgs())],
  'group.update': [inScope((r) => ({ id: r.gMine.id, patch: { place: 'Préau' } }))],
  'group.delete': [inScope((r) => ({ id: r.gMine.id }))],
  'event.create': [inScope(() => eventArgs()), outOf('another account’s event id', (r) => ({ ...eventArgs(), id: r.eTheirs.id }))],
  'event.update': [
    inScope((r) => ({ id: r.eMine.id, patch: { place: 'Square' } })),
    outOf('another account’s event', (r) => ({ id: r.eTheirs.id, patch: { place: 'Ailleurs' } })),
  ],
  'event.delete': [inScope((r) => ({ id: r.eMine.id }))],
  'member.signUp': [
    inScope(() => signUpArgs()),
    outOf('the id of a member on the day lists only', (r) => ({ ...signUpArgs(), id: r.mHolder.id })),
  ],
  'member.update': [
    inScope((r) => ({ id: r.mMine.id, ...edit('par son groupe') })),
    inScope((r) => ({ id: r.mOwn.id, ...edit('inscrit par le compte') })),
    inScope((r) => ({ id: r.mAtEvent.id, ...edit('inscrit à son événement') })),
    outOf('a member on the day lists only', (r) => ({ id: r.mHolder.id, ...edit('no') })),
    outOf('a member of another group', (r) => ({ id: r.mTheirs.id, ...edit('no') })),
  ],
  'member.delete': [inScope((r) => ({ id: r.mOwn.id })), outOf('a member on the day lists only', (r) => ({ id: r.mHolder.id }))],
  'member.merge': [
    inScope((r) => ({ keepId: r.mOwn.id, mergeId: r.mMine.id, groupIds: [r.gMine.id] })),
    outOf('merging in a member on the day lists only', (r) => ({ keepId: r.mOwn.id, mergeId: r.mHolder.id })),
  ],
  'member.unmerge': [inScope((r) => ({ keepId: r.mOwn.id, mergeId: r.mTwin.id, keep: {}, merge: { firstName: 'Léo' } }))],
  'groupMember.add': [
    inScope((r) => ({ groupId: r.gMine.id, memberId: r.mOwn.id })),
    outOf('to another group', (r) => ({ groupId: r.gTheirs.id, memberId: r.mOwn.id })),
    outOf('a member on the day lists only', (r) => ({ groupId: r.gMine.id, memberId: r.mHolder.id })),
  ],
  'groupMember.remove': [
    inScope((r) => ({ groupId: r.gMine.id, memberId: r.mMine.id })),
    outOf('from another group', (r) => ({ groupId: r.gTheirs.id, memberId: r.mTheirs.id })),
  ],
  'offer.create': [inScope((r) => offerArgs(r.pMine.id)), outOf('for another producer', (r) => offerArgs(r.pTheirs.id))],
  'offer.update': [
    inScope((r) => ({ id: r.oMine.id, patch: { name: 'Panier de saison' } })),
    outOf('another producer’s offer', (r) => ({ id: r.oTheirs.id, patch: { name: 'no' } })),
    outOf('moved to another producer', (r) => ({ id: r.oMine.id, patch: { producerId: r.pTheirs.id } })),
  ],
  'offer.delete': [inScope((r) => ({ id: r.oMine.id })), outOf('another producer’s offer', (r) => ({ id: r.oTheirs.id }))],
  'contract.create': [
    inScope((r) => contractArgs({ memberId: r.mMine.id, groupId: r.gMine.id, offerId: r.oMine.id })),
    outOf('in another group', (r) => contractArgs({ memberId: r.mMine.id, groupId: r.gTheirs.id, offerId: r.oMine.id })),
  ],
  'contract.update': [
    inScope((r) => ({ id: r.cMine.id, patch: { quantity: 2 } })),
    outOf('another group’s contract', (r) => ({ id: r.cTheirs.id, patch: { quantity: 2 } })),
    outOf('moved to another group', (r) => ({ id: r.cMine.id, patch: { groupId: r.gTheirs.id } })),
  ],
  'contract.delete': [inScope((r) => ({ id: r.cMine.id })), outOf('another group’s contract', (r) => ({ id: r.cTheirs.id }))],
  'distribution.create': [inScope((r) => distributionArgs(r.gMine.id)), outOf('in another group', (r) => distributionArgs(r.gTheirs.id))],
  'distribution.update': [
    inScope((r) => ({ id: r.dMine.id, patch: { place: 'Préau' } })),
    outOf('another group’s distribution', (r) => ({ id: r.dTheirs.id, patch: { place: 'Ailleurs' } })),
    outOf('moved to another group', (r) => ({ id: r.dMine.id, patch: { groupId: r.gTheirs.id } })),
  ],
  'distribution.delete': [inScope((r) => ({ id: r.dMine.id })), outOf('another group’s distribution', (r) => ({ id: r.dTheirs.id }))],
  'distribution.numberBaskets': [
    inScope((r) => ({ distributionId: r.dMine.id, contractIds: [r.cMine.id, r.cHolder.id] })),
    outOf('another group’s distribution', (r) => ({ distributionId: r.dTheirs.id, contractIds: [r.cTheirs.id] })),
    outOf('another group’s contract', (r) => ({ distributionId: r.dMine.id, contractIds: [r.cMine.id, r.cTheirs.id] })),
  ],
  'absence.declare': [
    inScope((r) => ({ distributionId: r.dMine.id, memberId: r.mMine.id, proxyName: '', note: '' })),
    outOf('at another group’s distribution', (r) => ({ distributionId: r.dTheirs.id, memberId: r.mTheirs.id, proxyName: '', note: '' })),
  ],
  'absence.cancel': [
    inScope((r) => ({ distributionId: r.dMine.id, memberId: r.mMine.id })),
    outOf('at another group’s distribution', (r) => ({ distributionId: r.dTheirs.id, memberId: r.mTheirs.id })),
  ],
  'pickup.record': [
    inScope((r) => pickup(r.dMine.id, r.cMine.id)),
    outOf('another producer’s basket in the animator’s group', (r) => pickup(r.dMine.id, r.cHolder.id)),
    outOf('at another group’s distribution', (r) => pickup(r.dTheirs.id, r.cTheirs.id)),
  ],
  'volunteer.take': [
    inScope((r) => ({ distributionId: r.dMine.id, memberId: r.mOwn.id, task: 'Caisse' })),
    outOf('at another group’s distribution', (r) => ({ distributionId: r.dTheirs.id, memberId: r.mOwn.id, task: '' })),
  ],
  'volunteer.release': [
    inScope((r) => ({ distributionId: r.dMine.id, memberId: r.mMine.id })),
    outOf('at another group’s distribution', (r) => ({ distributionId: r.dTheirs.id, memberId: r.mTheirs.id })),
  ],
  'partner.create': [inScope(() => partnerArgs())],
  'partner.update': [inScope((r) => ({ id: r.partner.id, ...edit('Réunion mensuelle') }))],
  'partner.delete': [inScope((r) => ({ id: r.partner.id }))],
  'initiative.create': [inScope(() => initiativeArgs())],
  'initiative.update': [inScope((r) => ({ id: r.initiative.id, patch: { description: 'Circuit court' } }))],
  'initiative.delete': [inScope((r) => ({ id: r.initiative.id }))],
  'outlet.create': [inScope((r) => outletArgs({ producerIds: [r.pMine.id] }))],
  'outlet.update': [inScope((r) => ({ id: r.outlet.id, ...edit('Livrée le mardi') }))],
  'outlet.delete': [inScope((r) => ({ id: r.outlet.id }))],
  'attendance.record': [
    inScope((r) => ({ eventId: r.eMine.id, attendeeKind: 'member', attendeeId: r.mMine.id, present: true })),
    inScope((r) => ({ eventId: r.eMine.id, attendeeKind: 'producer', attendeeId: r.pTheirs.id, present: true })),
    outOf('at another account’s event', (r) => ({ eventId: r.eTheirs.id, attendeeKind: 'member', attendeeId: r.mMine.id, present: true })),
    outOf('a member on the day lists only', (r) => ({
      eventId: r.eMine.id,
      attendeeKind: 'member',
      attendeeId: r.mHolder.id,
      present: true,
    })),
  ],
  'payment.planSet': [inScope((r) => paymentPlanArgs(r.cMine.id, 2, 2250))],
  'payment.receive': [
    inScope((r) => paymentReceiveArgs(r.cMine.id, 0)),
    inScope((r) => paymentReceiveArgs(r.cHolder.id, 1)),
    outOf('another group’s contract', (r) => paymentReceiveArgs(r.cTheirs.id, 0)),
  ],
  'payment.handOver': [
    inScope((r) => ({ contractId: r.cMine.id, index: 0, distributionId: r.dMine.id })),
    outOf('another group’s contract', (r) => ({ contractId: r.cTheirs.id, index: 0, distributionId: r.dTheirs.id })),
    outOf('at another group’s distribution', (r) => ({ contractId: r.cMine.id, index: 0, distributionId: r.dTheirs.id })),
  ],
  'payment.confirmHanded': [
    inScope((r) => ({ contractId: r.cMine.id, index: 1, confirmedAt: '2026-04-07T19:00:00.000Z' })),
    outOf('another producer’s cheque', (r) => ({ contractId: r.cHolder.id, index: 1, confirmedAt: null })),
  ],
  'payment.cash': [
    inScope((r) => ({ contractId: r.cMine.id, index: 2, cashedIn: '2026-05' })),
    outOf('another producer’s cheque', (r) => ({ contractId: r.cTheirs.id, index: 2, cashedIn: '2026-05' })),
  ],
  'membershipFee.set': [
    inScope((r) => ({ groupId: r.gMine.id, memberId: r.mMine.id, year: 2026, amountCents: 1000, paidOn: '2026-04-07' })),
    outOf('in another group', (r) => ({ groupId: r.gTheirs.id, memberId: r.mTheirs.id, year: 2026, amountCents: 1000, paidOn: null })),
  ],
  'demo.load': [inScope(() => ({ areas: [areaArgs()], producers: [], groups: [], events: [], members: [], groupMembers: [] }))],
  'demo.clear': [inScope((r) => ({ targets: [{ table: 'areas', id: r.area.id }] }))],
};

function pickup(distributionId: string, contractId: string): MutationArgs<'pickup.record'> {
  return { distributionId, contractId, status: 'collected', collectedBy: '', recordedAt: '2026-04-07T18:10:00.000Z', deviceId: 'phone' };
}
