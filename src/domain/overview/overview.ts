/**
 * The figures of the year (issue 5): for a period, for the whole territory and per quarter (areas of kind 'quarter'
 * and the communes; rows with no known area go to a "no quarter" row). Pure: plain arrays in, a typed table out.
 *
 * Where each row is counted:
 * - groups, outlets, events and members by their own quarterId; contracts, distributions, baskets and loyalty by
 *   their group's quarter;
 * - producers are registered per commune, not per quarter: a quarter's producers are those who supply its groups
 *   through a contract active in the period, whatever their mobilisation step (the footnote the coordinators read
 *   says so: a producer delivering is mobilised, even when their step was left at "contacted"). The territory counts
 *   those and every producer whose step is interested or selling, contract or not, so the quarters do not add up to
 *   the territory for producers (nor for loyal consumers, a member may be loyal in groups of two quarters).
 * - a deleted group takes its contracts and distributions out of every figure, as if they were deleted with it.
 * - "held" means dated within the period and no later than today (distributions and events alike).
 */
import { distributionDay, isCollected } from '../distribution/baskets';
import type { Absence, Contract, Distribution, Pickup } from '../distribution/distribution-entities';
import type { Area, EventRow, Group, Member, Producer } from '../people/entities';
import { loyalty, type HeldDistribution } from '../distribution/loyalty';
import { PRODUCT_KINDS, type ProductKind } from '../people/product-kinds';
import type { Attendance, Initiative, Outlet, Partner } from '../programme/programme-entities';
import {
  GROUP_KINDS,
  MOBILISATION_STEPS,
  OUTLET_KINDS,
  type AreaKind,
  type EventKind,
  type GroupKind,
  type MobilisationStep,
  type OutletKind,
} from '../people/vocabulary';

export interface OverviewData {
  areas: readonly Area[];
  groups: readonly Group[];
  members: readonly Member[];
  contracts: readonly Contract[];
  producers: readonly Producer[];
  outlets: readonly Outlet[];
  initiatives: readonly Initiative[];
  distributions: readonly Distribution[];
  pickups: readonly Pickup[];
  absences: readonly Absence[];
  events: readonly EventRow[];
  attendance: readonly Attendance[];
  partners: readonly Partner[];
}

export interface OverviewOptions {
  /** Calendar days (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  today: string;
  /** Loyal: collected at `atLeast` of the last `of` distributions held for them in the period. */
  loyalty: { atLeast: number; of: number };
}

/** A count, or "<5" once masked for an export. */
export type Count = number | '<5';
export const SMALL_COUNT = '<5';

/** A part of a whole; the rate is null when there is no whole, or when masking hides a small part or whole. */
export interface Share<C extends Count = number> {
  part: C;
  of: C;
  rate: number | null;
}

export interface Figures<C extends Count = number> {
  groups: Record<GroupKind | 'total', C>;
  people: { members: C; newSignups: C };
  activeContracts: C;
  /** Mobilised producers (interested or selling, or supplying under an active contract); `organic.of` is the mobilised count. */
  producers: { mobilised: C; organic: Share<C>; byProductKind: Record<ProductKind, C> };
  outlets: { total: C; sourcing: C; byKind: Record<OutletKind, C> };
  /** pickups: baskets collected (by the member or someone else) out of the baskets due. */
  distributions: { held: C; pickups: Share<C> };
  /** loyal members out of the members who had a basket due. */
  loyalty: Share<C>;
  events: { held: C; signups: C; attendees: C };
}

export interface QuarterFigures<C extends Count = number> {
  /** null: the "no quarter" row. */
  areaId: string | null;
  name: string;
  kind: AreaKind | null;
  figures: Figures<C>;
}

export interface EventFigure<C extends Count = number> {
  id: string;
  name: string;
  kind: EventKind;
  date: string;
  areaId: string | null;
  signups: C;
  membersPresent: C;
  producersPresent: C;
  visitors: C;
  /** Named members and producers present, plus the visitors not named. */
  attendees: C;
  partners: C;
}

export interface MonthFigure<C extends Count = number> {
  /** YYYY-MM */
  month: string;
  signups: C;
  distributions: C;
}

export interface OverviewResult<C extends Count = number> {
  period: { from: string; to: string; today: string };
  territory: Figures<C> & {
    producersByStep: Record<MobilisationStep, C>;
    outletsByInitiative: { initiativeId: string; name: string; outlets: C; sourcing: C }[];
    partnersInvolved: C;
  };
  quarters: QuarterFigures<C>[];
  events: EventFigure<C>[];
  months: MonthFigure<C>[];
}

interface Bucket {
  groups: Group[];
  members: number;
  newSignups: number;
  activeContracts: number;
  producers: Set<Producer>;
  outlets: { kind: OutletKind; sourcing: boolean }[];
  held: number;
  due: number;
  collected: number;
  loyal: Set<string>;
  considered: Set<string>;
  events: EventFigure[];
}

const live = <T extends { deleted: boolean }>(rows: readonly T[]): T[] => rows.filter((row) => !row.deleted);
const isMobilised = (producer: Producer) => (producer.mobilisation ?? 'contacted') !== 'contacted';
const countBy = <K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
};
const share = (part: number, of: number): Share => ({ part, of, rate: of === 0 ? null : part / of });
const emptyBucket = (): Bucket => ({
  groups: [],
  members: 0,
  newSignups: 0,
  activeContracts: 0,
  producers: new Set(),
  outlets: [],
  held: 0,
  due: 0,
  collected: 0,
  loyal: new Set(),
  considered: new Set(),
  events: [],
});

function figuresOf(bucket: Bucket): Figures {
  const producers = [...bucket.producers];
  const events = bucket.events;
  const sum = (pick: (event: EventFigure) => number) => events.reduce((total, event) => total + pick(event), 0);
  return {
    groups: {
      total: bucket.groups.length,
      ...countBy(
        GROUP_KINDS,
        bucket.groups.map((group) => group.kind),
      ),
    },
    people: { members: bucket.members, newSignups: bucket.newSignups },
    activeContracts: bucket.activeContracts,
    producers: {
      mobilised: producers.length,
      organic: share(producers.filter((producer) => producer.organic).length, producers.length),
      byProductKind: countBy(
        PRODUCT_KINDS,
        producers.flatMap((producer) => [...new Set(producer.productKinds)]),
      ),
    },
    outlets: {
      total: bucket.outlets.length,
      sourcing: bucket.outlets.filter((outlet) => outlet.sourcing).length,
      byKind: countBy(
        OUTLET_KINDS,
        bucket.outlets.map((outlet) => outlet.kind),
      ),
    },
    distributions: { held: bucket.held, pickups: share(bucket.collected, bucket.due) },
    loyalty: share(bucket.loyal.size, bucket.considered.size),
    events: { held: events.length, signups: sum((e) => e.signups), attendees: sum((e) => e.attendees) },
  };
}

/** The months a period spans, YYYY-MM, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  const last = to.slice(0, 7);
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let key = from.slice(0, 7); key <= last; key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

export function computeOverview(data: OverviewData, options: OverviewOptions): OverviewResult {
  const { from, to, today } = options;
  const inPeriod = (date: string) => date >= from && date <= to;
  const isHeld = (date: string) => inPeriod(date) && date <= today;
  // Sign-ups are instants; their calendar day is read as written (the device's own offset, or UTC).
  const signupDay = (at: string) => at.slice(0, 10);

  const areas = live(data.areas);
  const areaIds = new Set(areas.map((area) => area.id));
  const buckets = new Map<string | null, Bucket>([[null, emptyBucket()], ...areas.map((area) => [area.id, emptyBucket()] as const)]);
  const territory = emptyBucket();
  const into = (areaId: string | null | undefined, add: (bucket: Bucket) => void) => {
    add(buckets.get(areaId && areaIds.has(areaId) ? areaId : null) as Bucket);
    add(territory);
  };

  const groups = live(data.groups);
  const quarterOfGroup = new Map(groups.map((group) => [group.id, group.quarterId]));
  for (const group of groups) into(group.quarterId, (b) => b.groups.push(group));

  const members = live(data.members);
  for (const member of members) {
    const isNew = inPeriod(signupDay(member.signupAt));
    into(member.quarterId, (b) => {
      b.members += 1;
      if (isNew) b.newSignups += 1;
    });
  }

  const producers = live(data.producers);
  const producerById = new Map(producers.map((producer) => [producer.id, producer]));
  for (const producer of producers.filter(isMobilised)) territory.producers.add(producer);
  // A deleted group's contracts leave the figures with it, as its distributions do below.
  const contracts = live(data.contracts).filter((contract) => quarterOfGroup.has(contract.groupId));
  for (const contract of contracts.filter((c) => c.startDate <= to && c.endDate >= from)) {
    const producer = producerById.get(contract.producerId);
    const quarterId = quarterOfGroup.get(contract.groupId);
    into(quarterId, (b) => (b.activeContracts += 1));
    if (producer) into(quarterId, (b) => b.producers.add(producer));
  }

  for (const outlet of live(data.outlets)) {
    const sourcing = outlet.producerIds.some((id) => producerById.has(id));
    into(outlet.quarterId, (b) => b.outlets.push({ kind: outlet.kind, sourcing }));
  }

  // A deleted group's distributions leave the figures with it.
  const held = live(data.distributions).filter((d) => isHeld(d.date) && quarterOfGroup.has(d.groupId));
  const contractsOfGroup = new Map<string, Contract[]>();
  for (const contract of contracts) {
    const list = contractsOfGroup.get(contract.groupId) ?? [];
    list.push(contract);
    contractsOfGroup.set(contract.groupId, list);
  }
  const heldOfGroup = new Map<string, HeldDistribution[]>();
  const noNames = new Map();
  for (const distribution of held) {
    const { due } = distributionDay(distribution, contractsOfGroup.get(distribution.groupId) ?? [], data.absences, data.pickups, noNames);
    const collected = due.filter((basket) => isCollected(basket.status)).length;
    into(quarterOfGroup.get(distribution.groupId), (b) => {
      b.held += 1;
      b.due += due.length;
      b.collected += collected;
      for (const basket of due) b.considered.add(basket.memberId);
    });
    const list = heldOfGroup.get(distribution.groupId) ?? [];
    list.push({ id: distribution.id, date: distribution.date, baskets: due });
    heldOfGroup.set(distribution.groupId, list);
  }
  for (const [groupId, list] of heldOfGroup) {
    const { loyalMemberIds } = loyalty(list, options.loyalty.atLeast, options.loyalty.of);
    into(quarterOfGroup.get(groupId), (b) => loyalMemberIds.forEach((id) => b.loyal.add(id)));
  }

  const events = live(data.events)
    .filter((event) => isHeld(event.date))
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'fr'));
  const livePartnerIds = new Set(live(data.partners).map((partner) => partner.id));
  const signupsAt = new Map<string, number>();
  for (const signup of members.flatMap((member) => [member, ...(member.mergedSignups ?? [])])) {
    if (signup.signupEventId) signupsAt.set(signup.signupEventId, (signupsAt.get(signup.signupEventId) ?? 0) + 1);
  }
  const present = live(data.attendance).filter((row) => row.present);
  const partnersInvolved = new Set<string>();
  const eventFigures = events.map((event): EventFigure => {
    const attendees = present.filter((row) => row.eventId === event.id);
    const membersPresent = attendees.filter((row) => row.attendeeKind === 'member').length;
    const producersPresent = attendees.filter((row) => row.attendeeKind === 'producer').length;
    const visitors = event.visitorCount ?? 0;
    const partners = (event.partnerIds ?? []).filter((id) => livePartnerIds.has(id));
    partners.forEach((id) => partnersInvolved.add(id));
    const areaId = event.quarterId && areaIds.has(event.quarterId) ? event.quarterId : null;
    const figure: EventFigure = {
      id: event.id,
      name: event.name,
      kind: event.kind,
      date: event.date,
      areaId,
      signups: signupsAt.get(event.id) ?? 0,
      membersPresent,
      producersPresent,
      visitors,
      attendees: membersPresent + producersPresent + visitors,
      partners: new Set(partners).size,
    };
    into(areaId, (b) => b.events.push(figure));
    return figure;
  });

  const months = monthsOf(from, to).map((month) => ({
    month,
    signups: members.filter((member) => inPeriod(signupDay(member.signupAt)) && member.signupAt.startsWith(month)).length,
    distributions: held.filter((distribution) => distribution.date.startsWith(month)).length,
  }));

  const initiatives = live(data.initiatives).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const liveOutlets = live(data.outlets);
  const kindOrder = (kind: AreaKind) => (kind === 'quarter' ? 0 : 1);
  const quarterRows: QuarterFigures[] = [...areas]
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.name.localeCompare(b.name, 'fr'))
    .map((area) => ({ areaId: area.id, name: area.name, kind: area.kind, figures: figuresOf(buckets.get(area.id) as Bucket) }));
  const none = buckets.get(null) as Bucket;
  const noneIsEmpty =
    none.groups.length +
      none.members +
      none.activeContracts +
      none.producers.size +
      none.outlets.length +
      none.held +
      none.events.length ===
    0;
  if (!noneIsEmpty) quarterRows.push({ areaId: null, name: '', kind: null, figures: figuresOf(none) });

  return {
    period: { from, to, today },
    territory: {
      ...figuresOf(territory),
      producersByStep: countBy(
        MOBILISATION_STEPS,
        producers.map((producer) => producer.mobilisation ?? 'contacted'),
      ),
      outletsByInitiative: initiatives.map((initiative) => {
        const outlets = liveOutlets.filter((outlet) => outlet.initiativeId === initiative.id);
        return {
          initiativeId: initiative.id,
          name: initiative.name,
          outlets: outlets.length,
          sourcing: outlets.filter((outlet) => outlet.producerIds.some((id) => producerById.has(id))).length,
        };
      }),
      partnersInvolved: partnersInvolved.size,
    },
    quarters: quarterRows,
    events: eventFigures,
    months,
  };
}

/** The loyalty threshold of the overview: collected at 3 of the last 4 distributions held for them. */
export const OVERVIEW_LOYALTY = { atLeast: 3, of: 4 } as const;
