/**
 * The reads of a distribution's day: what its screens show (the check-off reads the day's setting apart from its
 * check-offs), a group's history for the loyalty figure, and the days a producer delivers to. Live rows only.
 */
import type { Absence, Contract, Distribution, Offer, Pickup, Volunteer } from '../domain/distribution/distribution-entities';
import type { Group, Member, Producer } from '../domain/people/entities';
import type { CourtCircuitDb, SessionRecord } from './database';
import { live } from './queries';

export interface DistributionDayRows {
  distribution: Distribution;
  group: Group | null;
  /** The group's contracts: the baskets due are derived from them. */
  contracts: Contract[];
  absences: Absence[];
  pickups: Pickup[];
  volunteers: Volunteer[];
  offers: Offer[];
  /** The producers of those offers: the sign-off sheet names each basket's. */
  producers: Producer[];
  /** The group's members and anyone with a contract in it, absence or volunteer slot here. */
  members: Member[];
  /**
   * The producer this device's account speaks for, null on any other device: such a phone holds only that
   * producer's contracts, so it cannot number the day and shows the numbers stored on it (producerDay). Read with the rows, in the same query
   * (and by the check-off's cold-start worker), so that no screen waits on a read of its own to know it.
   */
  ownProducerId: string | null;
}

/** The producer a device's account speaks for: only a producer's account has one. */
export function producerIdOf(session: SessionRecord | null | undefined): string | null {
  return session?.user.role === 'producer' ? (session.user.producerId ?? null) : null;
}

/** What a distribution's screens need, read in one go; null when there is no such distribution. */
export async function readDistributionDay(db: CourtCircuitDb, id: string): Promise<DistributionDayRows | null> {
  const [setting, pickups] = await Promise.all([readDistributionSetting(db, id), readDistributionPickups(db, id)]);
  return setting && { ...setting, pickups };
}

/** The check-offs of a distribution: what changes at every tick, so the check-off screen watches it apart. */
export async function readDistributionPickups(db: CourtCircuitDb, id: string): Promise<Pickup[]> {
  return live(await db.pickups.where('distributionId').equals(id).toArray());
}

export type DistributionSetting = Omit<DistributionDayRows, 'pickups'>;

/**
 * A distribution day without its check-offs. A live query over it is not re-run by a tick: on 2,000 baskets,
 * re-reading the group's contracts and members at every tap took hundreds of milliseconds.
 */
export async function readDistributionSetting(db: CourtCircuitDb, id: string): Promise<DistributionSetting | null> {
  const distribution = await db.distributions.get(id);
  if (!distribution || distribution.deleted) return null;
  const [group, contracts, absences, volunteers, links, session] = await Promise.all([
    db.groups.get(distribution.groupId),
    db.contracts.where('groupId').equals(distribution.groupId).toArray(),
    db.absences.where('distributionId').equals(id).toArray(),
    db.volunteers.where('distributionId').equals(id).toArray(),
    db.groupMembers.where('groupId').equals(distribution.groupId).toArray(),
    db.session.get('session'),
  ]);
  const liveContracts = live(contracts);
  const memberIds = new Set([...live(links), ...liveContracts, ...live(absences), ...live(volunteers)].map((row) => row.memberId));
  const offerIds = new Set(liveContracts.map((contract) => contract.offerId));
  const producerIds = new Set(liveContracts.map((contract) => contract.producerId));
  const [members, offers, producers] = await Promise.all([
    db.members.bulkGet([...memberIds]),
    db.offers.bulkGet([...offerIds]),
    db.producers.bulkGet([...producerIds]),
  ]);
  return {
    distribution,
    group: group && !group.deleted ? group : null,
    contracts: liveContracts,
    absences: live(absences),
    volunteers: live(volunteers),
    offers: offers.filter((offer): offer is Offer => offer !== undefined),
    producers: producers.filter((producer): producer is Producer => producer !== undefined),
    members: live(members.filter((member): member is Member => member !== undefined)),
    ownProducerId: producerIdOf(session),
  };
}

/** A group's distributions with their contracts, absences and check-offs: the history the loyalty figure reads. */
export async function readGroupHistory(db: CourtCircuitDb, groupId: string) {
  const distributions = live(await db.distributions.where('groupId').equals(groupId).toArray());
  const ids = distributions.map((d) => d.id);
  const [contracts, absences, pickups] = await Promise.all([
    db.contracts.where('groupId').equals(groupId).toArray(),
    db.absences.where('distributionId').anyOf(ids).toArray(),
    db.pickups.where('distributionId').anyOf(ids).toArray(),
  ]);
  return { distributions, contracts: live(contracts), absences: live(absences), pickups: live(pickups) };
}

/** The distributions where a producer has baskets due (their contracts deliver on that date), by date. */
export async function listProducerDistributions(
  db: CourtCircuitDb,
  producerId: string,
): Promise<{ distribution: Distribution; group: Group | null }[]> {
  const contracts = live(await db.contracts.where('producerId').equals(producerId).toArray());
  const datesOfGroup = new Map<string, Set<string>>();
  for (const contract of contracts) {
    const dates = datesOfGroup.get(contract.groupId) ?? new Set<string>();
    for (const date of contract.deliveryDates) dates.add(date);
    datesOfGroup.set(contract.groupId, dates);
  }
  const groupIds = [...datesOfGroup.keys()];
  const [distributions, groups] = await Promise.all([
    db.distributions.where('groupId').anyOf(groupIds).toArray(),
    db.groups.bulkGet(groupIds),
  ]);
  const groupOf = new Map(
    groups.filter((group): group is Group => group !== undefined && !group.deleted).map((group) => [group.id, group]),
  );
  return live(distributions)
    .filter((distribution) => datesOfGroup.get(distribution.groupId)?.has(distribution.date))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
    .map((distribution) => ({ distribution, group: groupOf.get(distribution.groupId) ?? null }));
}
