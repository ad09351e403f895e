/** Read queries over local data, for live hooks (useLiveQuery). They return live rows only: tombstones stay hidden. */
import type { Contract, Distribution, Offer } from '../domain/distribution/distribution-entities';
import type { Area, EventRow, Group, GroupMember, Member, Producer } from '../domain/people/entities';
import type { Attendance, Initiative, Outlet, Partner } from '../domain/programme/programme-entities';
import type { OverviewData } from '../domain/overview/overview-types';
import type { ExportData } from '../domain/import/export-csv';
import type { CourtCircuitDb } from './database';

export const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((row) => !row.deleted);
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'fr');

export async function listAreas(db: CourtCircuitDb): Promise<Area[]> {
  return live(await db.areas.toArray()).sort(byName);
}

export async function listProducers(db: CourtCircuitDb): Promise<Producer[]> {
  return live(await db.producers.toArray()).sort(byName);
}

export async function listGroups(db: CourtCircuitDb): Promise<Group[]> {
  return live(await db.groups.toArray()).sort(byName);
}

/** Events, most recent first. */
export async function listEvents(db: CourtCircuitDb): Promise<EventRow[]> {
  return live(await db.events.orderBy('date').reverse().toArray());
}

/** Members in sign-up order (ids are ULIDs, which sort by time). */
export async function listMembers(db: CourtCircuitDb): Promise<Member[]> {
  return live(await db.members.toArray());
}

/** The tables whose rows screens open one by one, with the row each holds. */
export interface LiveRows {
  areas: Area;
  producers: Producer;
  groups: Group;
  members: Member;
  events: EventRow;
  offers: Offer;
  contracts: Contract;
  distributions: Distribution;
  partners: Partner;
  initiatives: Initiative;
  outlets: Outlet;
}

export type LiveTable = keyof LiveRows;

export async function getLive<T extends { deleted: boolean }>(db: CourtCircuitDb, table: LiveTable, id: string): Promise<T | undefined> {
  const row = (await db.table(table).get(id)) as T | undefined;
  return row && !row.deleted ? row : undefined;
}

/** A member's contracts, whatever their group: what the member page checks before the record is deleted. */
export async function listContractsOfMember(db: CourtCircuitDb, memberId: string): Promise<Contract[]> {
  return live(await db.contracts.where('memberId').equals(memberId).toArray());
}

export async function listGroupLinks(db: CourtCircuitDb): Promise<GroupMember[]> {
  return live(await db.groupMembers.toArray());
}

export async function groupIdsOfMember(db: CourtCircuitDb, memberId: string): Promise<string[]> {
  return live(await db.groupMembers.where('memberId').equals(memberId).toArray()).map((link) => link.groupId);
}

export async function memberIdsOfGroup(db: CourtCircuitDb, groupId: string): Promise<string[]> {
  return live(await db.groupMembers.where('groupId').equals(groupId).toArray()).map((link) => link.memberId);
}

/** Sign-ups made at one event on this device: the stand's counter. */
export async function countSignupsAt(db: CourtCircuitDb, eventId: string, deviceId: string): Promise<number> {
  const rows = await db.members.where('[signupEventId+signupDeviceId]').equals([eventId, deviceId]).toArray();
  return live(rows).length;
}

/** Changes recorded on this device and not yet acknowledged by the server. */
export async function countPendingChanges(db: CourtCircuitDb): Promise<number> {
  return db.outbox.count();
}

export async function hasAnyData(db: CourtCircuitDb): Promise<boolean> {
  const counts = await Promise.all([db.members.count(), db.producers.count(), db.groups.count(), db.events.count()]);
  return counts.some((count) => count > 0);
}

export async function hasDemoData(db: CourtCircuitDb): Promise<boolean> {
  const tables = [db.areas, db.producers, db.groups, db.events, db.members] as const;
  for (const table of tables) {
    if (await table.filter((row) => row.demo && !row.deleted).first()) return true;
  }
  return false;
}

/** This device's name, '' if unnamed; a plain read (getDevice creates the record, which a live query may not). */
export async function getDeviceName(db: CourtCircuitDb): Promise<string> {
  return (await db.device.get('device'))?.deviceName ?? '';
}

/** Producers' offers, by name. */
export async function listOffers(db: CourtCircuitDb): Promise<Offer[]> {
  return live(await db.offers.toArray()).sort(byName);
}

/** Contracts, latest season first. */
export async function listContracts(db: CourtCircuitDb): Promise<Contract[]> {
  return live(await db.contracts.toArray()).sort((a, b) => b.startDate.localeCompare(a.startDate));
}

/** A group's distributions from a day on (YYYY-MM-DD), soonest first. */
export async function upcomingDistributionsOf(db: CourtCircuitDb, groupId: string, from: string): Promise<Distribution[]> {
  const rows = live(await db.distributions.where('groupId').equals(groupId).toArray());
  return rows.filter((row) => row.date >= from).sort((a, b) => a.date.localeCompare(b.date));
}

/** Every live distribution, by date (the screens split them into upcoming and past). */
export async function listDistributions(db: CourtCircuitDb): Promise<Distribution[]> {
  return live(await db.distributions.orderBy('date').toArray());
}

/** Everything the overview's figures are computed from (live rows of every table they read). */
export async function readOverviewData(db: CourtCircuitDb): Promise<OverviewData> {
  const [
    areas,
    groups,
    members,
    contracts,
    producers,
    outlets,
    initiatives,
    distributions,
    pickups,
    absences,
    events,
    attendance,
    partners,
    payments,
  ] = await Promise.all([
    db.areas.toArray(),
    db.groups.toArray(),
    db.members.toArray(),
    db.contracts.toArray(),
    db.producers.toArray(),
    db.outlets.toArray(),
    db.initiatives.toArray(),
    db.distributions.toArray(),
    db.pickups.toArray(),
    db.absences.toArray(),
    db.events.toArray(),
    db.attendance.toArray(),
    db.partners.toArray(),
    db.payments.toArray(),
  ]);
  return {
    areas: live(areas),
    groups: live(groups),
    members: live(members),
    contracts: live(contracts),
    producers: live(producers),
    outlets: live(outlets),
    initiatives: live(initiatives),
    distributions: live(distributions),
    pickups: live(pickups),
    absences: live(absences),
    events: live(events),
    attendance: live(attendance),
    partners: live(partners),
    payments: live(payments),
  };
}

/** Partner organisations, by name. */
export async function listPartners(db: CourtCircuitDb): Promise<Partner[]> {
  return live(await db.partners.toArray()).sort(byName);
}

/** Sourcing initiatives, by name. */
export async function listInitiatives(db: CourtCircuitDb): Promise<Initiative[]> {
  return live(await db.initiatives.toArray()).sort(byName);
}

/** Outlets (shopkeepers, solidarity groceries), by name. */
export async function listOutlets(db: CourtCircuitDb): Promise<Outlet[]> {
  return live(await db.outlets.toArray()).sort(byName);
}

/** The people marked present at an event (the latest record per person is the row). */
export async function listPresentAt(db: CourtCircuitDb, eventId: string): Promise<Attendance[]> {
  return live(await db.attendance.where('eventId').equals(eventId).toArray()).filter((row) => row.present);
}

/** Members signed up at an event, on any device. */
export async function listSignupsAt(db: CourtCircuitDb, eventId: string): Promise<Member[]> {
  return live(await db.members.filter((member) => member.signupEventId === eventId).toArray());
}

/** Everything the CSV import matches against and the CSV export writes: live rows of the territory's tables. */
export async function readImportData(db: CourtCircuitDb): Promise<ExportData> {
  const [areas, producers, groups, members, groupLinks, offers, contracts] = await Promise.all([
    listAreas(db),
    listProducers(db),
    listGroups(db),
    listMembers(db),
    listGroupLinks(db),
    listOffers(db),
    listContracts(db),
  ]);
  return { areas, producers, groups, members, groupLinks, offers, contracts };
}
