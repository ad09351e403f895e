/**
 * The figures of the year: for a period, for the whole territory and per quarter (areas of kind 'quarter'
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
import { dueBaskets, isCollected } from '../distribution/baskets';
import { loyalty, type HeldDistribution } from '../distribution/loyalty';
import type { Producer } from '../people/entities';
import { MOBILISATION_STEPS, type AreaKind, type MobilisationStep } from '../people/vocabulary';
import { countBy, emptyBucket, figuresOf, isMobilised, live, type Bucket } from './overview-buckets';
import type { EventFigure, OverviewData, OverviewOptions, OverviewResult, QuarterFigures } from './overview-types';
import { liveMergedSignups } from '../people/merged-signups';
import { byKey } from '../rows/by-key';

/**
 * A producer's step as the overview shows it: one who delivers under a contract of the period sells, whatever step
 * was left recorded, so that the table by step adds up to the mobilised producers above it.
 */
function stepShown(producer: Producer, delivers: boolean): MobilisationStep {
  return delivers ? 'selling' : (producer.mobilisation ?? 'contacted');
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
  const delivering = new Set<Producer>();
  for (const contract of contracts.filter((c) => c.startDate <= to && c.endDate >= from)) {
    const producer = producerById.get(contract.producerId);
    const quarterId = quarterOfGroup.get(contract.groupId);
    into(quarterId, (b) => (b.activeContracts += 1));
    if (producer) into(quarterId, (b) => b.producers.add(producer));
    if (producer) delivering.add(producer);
  }

  for (const outlet of live(data.outlets)) {
    const sourcing = outlet.producerIds.some((id) => producerById.has(id));
    into(outlet.quarterId, (b) => b.outlets.push({ kind: outlet.kind, sourcing }));
  }

  // A deleted group's distributions leave the figures with it.
  const held = live(data.distributions).filter((d) => isHeld(d.date) && quarterOfGroup.has(d.groupId));
  const contractsOfGroup = byKey(contracts, (contract) => contract.groupId);
  // Each distribution is given its own absences and pickups: a year's pickups scanned once per distribution would
  // grow with the square of the territory.
  const absencesAt = byKey(data.absences, (absence) => absence.distributionId);
  const pickupsAt = byKey(data.pickups, (pickup) => pickup.distributionId);
  const heldOfGroup = new Map<string, HeldDistribution[]>();
  for (const distribution of held) {
    const { due } = dueBaskets(
      distribution,
      contractsOfGroup.get(distribution.groupId) ?? [],
      absencesAt.get(distribution.id) ?? [],
      pickupsAt.get(distribution.id) ?? [],
    );
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

  const periodMonths = new Set(monthsOf(from, to));
  for (const payment of live(data.payments).filter((p) => periodMonths.has(p.dueMonth) && quarterOfGroup.has(p.groupId))) {
    into(quarterOfGroup.get(payment.groupId), (b) => {
      b.paymentsDue += 1;
      if (payment.receivedOn) b.paymentsReceived += 1;
    });
  }

  const events = live(data.events)
    .filter((event) => isHeld(event.date))
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'fr'));
  const livePartnerIds = new Set(live(data.partners).map((partner) => partner.id));
  const signupsAt = new Map<string, number>();
  for (const signup of members.flatMap((member) => [member, ...liveMergedSignups(member)])) {
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
        producers.map((producer) => stepShown(producer, delivering.has(producer))),
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
