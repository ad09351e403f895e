/**
 * A whole territory as plain rows, built with loops and no randomness, for the overview's hand-written table.
 * Period: the year 2025, today 2025-10-14. How it is built (the test's expected numbers follow from this):
 *
 * Areas: quarters Q1 Couronneries, Q2 Trois-Cités, Q3 Saint-Éloi; commune C1 Buxerolles; a deleted quarter.
 * Groups: Q1 amap A1, consumerGroup G1, solidarityGrocery S1 · Q2 amap A2, amap A3, onlineOrder O1 ·
 *   Q3 consumerGroup G2, solidarityGrocery S2 · C1 onlineOrder O2 · no quarter amap A4 · a deleted amap in Q1.
 * Members m0…m319: m0–119 in Q1, m120–209 Q2, m210–269 Q3, m270–299 C1, m300–319 no quarter. Even k signed up on
 *   2024-12-10 (before the period); odd k in 2025, month (j mod 10) + 1 with j = (k − 1) / 2, so 16 a month from
 *   January to October. Odd k of June signed up at event E1, of March at E2; even k with k mod 20 = 0 at E4 (2024).
 *   Plus: "late" (2025-12-31T22:00Z, quarter id of no area), "next" (2026-01-01, no quarter), five deleted members.
 *   m121 carries a merged sign-up taken at E2.
 * Producers: P1 vegetables organic selling, P2 eggs+poultry selling, P3 bread organic interested, P4 goatCheese
 *   organic interested, P5 honey contacted, P6 meat+pork (no step: contacted), P7 fruit organic selling,
 *   P8 vegetables selling but deleted.
 * Contracts (A = active in 2025):
 *   A1: m0–19 with P1, 2025-04-01…10-31, delivering the four May distributions and 10-21 (A ×20);
 *       m40–49 with P1 in 2024 (not active); a deleted contract of m5 delivering the May dates.
 *   G1: m20–29 with P2, 2025 (A ×10), delivering 02-04 and 03-04.
 *   A2: m120–134 with P7, 2025-06-01…08-31 (A ×15), delivering 06-10, 07-08, 08-05; m135–139 with P6 (A ×5),
 *       delivering 08-26 only (no distribution that day).
 *   O1: m140 one-off with P3 on 2025-09-20 (A). G2: m210–217 with P4, 2025-10-01…2026-03-31 (A ×8), delivering
 *       10-07, 10-14, 10-21. S2: m218 with P4 from 2026-01-05 (not active). O2: m270–274 with P2, 2024-06-01…
 *       2025-01-15 (A ×5). A4: m300–303 with P1, 2025 (A ×4).
 * Distributions: A1 2024-12-17, 05-06, 05-13, 05-20, 05-27, 06-03 (deleted), 10-21 · G1 02-04, 03-04 ·
 *   A2 06-10, 07-08, 08-05 · A3 09-09 (no baskets) · G2 10-07, 10-14, 10-21 · A4 12-02.
 * Pick-ups at A1's May distributions (d0…d3), member i = k: i 0–9 collected at all four; i 10–14 at d0–d2 and not
 *   collected at d3; i 15–17 at d0–d1 only (i 17 has a proxy at d3); i 18 collected by someone else at all four;
 *   i 19 away without proxy at d0–d1, collected d2–d3. G1: all collected, except m20 and m21 not collected at
 *   03-04. A2 and G2: every basket collected (G2's 10-21 is after today).
 * Outlets: butcher Q1 [P6] (initiative I1), butcher Q2 [] (I1), grocer Q2 [P1, P7], solidarity grocery Q3 [P8,
 *   deleted], solidarity grocery with no quarter [P3], bakery C1 [P3] (I2), a deleted grocer. Initiatives I1, I2 and a
 *   deleted one.
 * Events: E7 producersMeeting 2025-01-01 (no quarter), E2 roundTable 2025-03-20 (Q2), E1 festivalStand 2025-06-14
 *   (Q1), E3 quarterCouncil 2025-10-14 (Q3); not counted: E4 2024-12-01, E5 deleted, E6 2025-11-20 (after today).
 * Partners PA1, PA2, PA3 (deleted).
 */
import { CURRENT_CONSENT_VERSION } from '../../src/domain/people/consent';
import type { Absence, Contract, Distribution, Pickup, PickupStatus } from '../../src/domain/distribution/distribution-entities';
import type { Area, EventRow, Group, Member, Producer } from '../../src/domain/people/entities';
import type { OverviewData } from '../../src/domain/overview/overview-types';
import type { ProductKind } from '../../src/domain/people/product-kinds';
import type { Attendance, Initiative, Outlet, Partner } from '../../src/domain/programme/programme-entities';
import type { MobilisationStep } from '../../src/domain/people/vocabulary';

export const PERIOD_2025 = { from: '2025-01-01', to: '2025-12-31', today: '2025-10-14', loyalty: { atLeast: 3, of: 4 } };

const meta = (id: string, deleted = false) => ({ id, deleted, demo: false, clocks: {} });

const area = (id: string, name: string, kind: Area['kind'], deleted = false): Area => ({ ...meta(id, deleted), name, kind });
export const areas = [
  area('Q1', 'Couronneries', 'quarter'),
  area('Q2', 'Trois-Cités', 'quarter'),
  area('Q3', 'Saint-Éloi', 'quarter'),
  area('C1', 'Buxerolles', 'commune'),
  area('Q9', 'Ancien quartier', 'quarter', true),
];

const group = (id: string, kind: Group['kind'], quarterId: string | null, deleted = false): Group => ({
  ...meta(id, deleted),
  name: `Groupe ${id}`,
  kind,
  quarterId,
  place: '',
  rhythm: 'weekly',
  rhythmNote: '',
});
const groups = [
  group('A1', 'amap', 'Q1'),
  group('G1', 'consumerGroup', 'Q1'),
  group('S1', 'solidarityGrocery', 'Q1'),
  group('A2', 'amap', 'Q2'),
  group('A3', 'amap', 'Q2'),
  group('O1', 'onlineOrder', 'Q2'),
  group('G2', 'consumerGroup', 'Q3'),
  group('S2', 'solidarityGrocery', 'Q3'),
  group('O2', 'onlineOrder', 'C1'),
  group('A4', 'amap', null),
  group('AX', 'amap', 'Q1', true),
];

const memberRow = (id: string, quarterId: string | null, signupAt: string, signupEventId: string | null, deleted = false): Member => ({
  ...meta(id, deleted),
  firstName: id,
  lastName: 'Habitant',
  phone: '',
  email: '',
  noContact: true,
  quarterId,
  householdSize: null,
  interests: [],
  notes: '',
  signupEventId,
  signupDeviceId: 'stand',
  signupDeviceName: '',
  signupAt,
  consentGiven: true,
  consentTextVersion: CURRENT_CONSENT_VERSION,
  consentAt: signupAt,
  consentDeviceId: 'stand',
});

function quarterOfMember(k: number): string | null {
  if (k < 120) return 'Q1';
  if (k < 210) return 'Q2';
  if (k < 270) return 'Q3';
  if (k < 300) return 'C1';
  return null;
}

const members: Member[] = [];
for (let k = 0; k < 320; k += 1) {
  if (k % 2 === 0) {
    members.push(memberRow(`m${k}`, quarterOfMember(k), '2024-12-10T10:00:00.000Z', k % 20 === 0 ? 'E4' : null));
    continue;
  }
  const month = (((k - 1) / 2) % 10) + 1;
  const eventId = month === 6 ? 'E1' : month === 3 ? 'E2' : null;
  members.push(memberRow(`m${k}`, quarterOfMember(k), `2025-${String(month).padStart(2, '0')}-10T10:00:00.000Z`, eventId));
}
members.push(memberRow('late', 'area-gone', '2025-12-31T22:00:00.000Z', null));
members.push(memberRow('next', null, '2026-01-01T08:00:00.000Z', null));
for (let k = 0; k < 5; k += 1) members.push(memberRow(`gone${k}`, 'Q1', '2025-06-10T10:00:00.000Z', 'E1', true));
const m121 = members[121] as Member;
m121.mergedSignups = [{ ...memberRow('m121-twin', 'Q2', '2025-03-20T11:00:00.000Z', 'E2'), memberId: 'm121-twin' }];

const producer = (
  id: string,
  productKinds: ProductKind[],
  organic: boolean,
  mobilisation: MobilisationStep | undefined,
  deleted = false,
): Producer => ({
  ...meta(id, deleted),
  name: `Ferme ${id}`,
  farm: '',
  communeId: 'C1',
  productKinds,
  organic,
  salesStatus: 'direct',
  ...(mobilisation ? { mobilisation } : {}),
  phone: '',
  email: '',
  notes: '',
});
const producers = [
  producer('P1', ['vegetables'], true, 'selling'),
  producer('P2', ['eggs', 'poultry'], false, 'selling'),
  producer('P3', ['bread'], true, 'interested'),
  producer('P4', ['goatCheese'], true, 'interested'),
  producer('P5', ['honey'], false, 'contacted'),
  producer('P6', ['meat', 'pork'], false, undefined),
  producer('P7', ['fruit'], true, 'selling'),
  producer('P8', ['vegetables'], false, 'selling', true),
];

const contracts: Contract[] = [];
function addContracts(
  groupId: string,
  producerId: string,
  ks: number[],
  startDate: string,
  endDate: string,
  deliveryDates: string[],
  deleted = false,
) {
  for (const k of ks) {
    contracts.push({
      ...meta(`c-${groupId}-${producerId}-${startDate}-m${k}`, deleted),
      memberId: `m${k}`,
      groupId,
      offerId: `offer-${producerId}`,
      producerId,
      kind: ks.length === 1 && startDate === endDate ? 'oneOff' : 'season',
      startDate,
      endDate,
      deliveryDates,
      quantity: 1,
      size: null,
      pricePerDeliveryCents: 1500,
      notes: '',
    });
  }
}
const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
const MAY = ['2025-05-06', '2025-05-13', '2025-05-20', '2025-05-27'];
addContracts('A1', 'P1', range(0, 19), '2025-04-01', '2025-10-31', [...MAY, '2025-06-03', '2025-10-21']);
addContracts('A1', 'P1', range(40, 49), '2024-09-01', '2024-12-31', ['2024-12-17']);
addContracts('A1', 'P1', [5], '2025-04-02', '2025-10-31', MAY, true);
addContracts('G1', 'P2', range(20, 29), '2025-01-01', '2025-12-31', ['2025-02-04', '2025-03-04']);
addContracts('A2', 'P7', range(120, 134), '2025-06-01', '2025-08-31', ['2025-06-10', '2025-07-08', '2025-08-05']);
addContracts('A2', 'P6', range(135, 139), '2025-06-01', '2025-08-31', ['2025-08-26']);
addContracts('O1', 'P3', [140], '2025-09-20', '2025-09-20', ['2025-09-20']);
addContracts('G2', 'P4', range(210, 217), '2025-10-01', '2026-03-31', ['2025-10-07', '2025-10-14', '2025-10-21']);
addContracts('S2', 'P4', [218], '2026-01-05', '2026-06-30', ['2026-01-06']);
addContracts('O2', 'P2', range(270, 274), '2024-06-01', '2025-01-15', ['2025-01-07']);
addContracts('A4', 'P1', range(300, 303), '2025-01-01', '2025-12-31', ['2025-12-02']);

const distribution = (groupId: string, date: string, deleted = false): Distribution => ({
  ...meta(`d-${groupId}-${date}`, deleted),
  groupId,
  date,
  startTime: '18:00',
  endTime: '19:30',
  place: '',
  volunteersNeeded: 0,
  notes: '',
});
const distributions = [
  distribution('A1', '2024-12-17'),
  ...MAY.map((date) => distribution('A1', date)),
  distribution('A1', '2025-06-03', true),
  distribution('A1', '2025-10-21'),
  distribution('G1', '2025-02-04'),
  distribution('G1', '2025-03-04'),
  ...['2025-06-10', '2025-07-08', '2025-08-05'].map((date) => distribution('A2', date)),
  distribution('A3', '2025-09-09'),
  ...['2025-10-07', '2025-10-14', '2025-10-21'].map((date) => distribution('G2', date)),
  distribution('A4', '2025-12-02'),
];

const pickups: Pickup[] = [];
function pickup(groupId: string, date: string, k: number, producerId: string, status: PickupStatus) {
  const contract = contracts.find(
    (c) => !c.deleted && c.groupId === groupId && c.memberId === `m${k}` && c.deliveryDates.includes(date),
  ) as Contract;
  pickups.push({
    ...meta(`p-${groupId}-${date}-m${k}`),
    distributionId: `d-${groupId}-${date}`,
    contractId: contract.id,
    status,
    collectedBy: status === 'collectedByOther' ? 'Voisine' : '',
    recordedAt: `${date}T18:30:00.000Z`,
    deviceId: 'stand',
    memberId: `m${k}`,
    producerId,
  });
}
const absences: Absence[] = [];
const absence = (date: string, k: number, proxyName: string) =>
  absences.push({ ...meta(`a-${date}-m${k}`), distributionId: `d-A1-${date}`, memberId: `m${k}`, proxyName, note: '' });

MAY.forEach((date, d) => {
  for (const i of range(0, 9)) pickup('A1', date, i, 'P1', 'collected');
  for (const i of range(10, 14)) pickup('A1', date, i, 'P1', d < 3 ? 'collected' : 'notCollected');
  if (d < 2) for (const i of range(15, 17)) pickup('A1', date, i, 'P1', 'collected');
  pickup('A1', date, 18, 'P1', 'collectedByOther');
  if (d < 2) absence(date, 19, '');
  else pickup('A1', date, 19, 'P1', 'collected');
});
absence(MAY[3] as string, 17, 'Voisin');
for (const date of ['2025-02-04', '2025-03-04']) {
  for (const k of range(20, 29)) pickup('G1', date, k, 'P2', date === '2025-03-04' && k < 22 ? 'notCollected' : 'collected');
}
for (const date of ['2025-06-10', '2025-07-08', '2025-08-05']) for (const k of range(120, 134)) pickup('A2', date, k, 'P7', 'collected');
for (const date of ['2025-10-07', '2025-10-14', '2025-10-21']) for (const k of range(210, 217)) pickup('G2', date, k, 'P4', 'collected');

const outlet = (
  id: string,
  kind: Outlet['kind'],
  quarterId: string | null,
  producerIds: string[],
  initiativeId: string | null,
  deleted = false,
): Outlet => ({
  ...meta(id, deleted),
  name: `Commerce ${id}`,
  kind,
  quarterId,
  address: '',
  productKinds: [],
  producerIds,
  initiativeId,
  since: null,
  notes: '',
});
const outlets = [
  outlet('butcher1', 'butcher', 'Q1', ['P6'], 'I1'),
  outlet('butcher2', 'butcher', 'Q2', [], 'I1'),
  outlet('grocer1', 'grocer', 'Q2', ['P1', 'P7'], null),
  outlet('solidarity1', 'solidarityGrocery', 'Q3', ['P8'], null),
  outlet('solidarity2', 'solidarityGrocery', null, ['P3'], null),
  outlet('bakery1', 'bakery', 'C1', ['P3'], 'I2'),
  outlet('grocer-gone', 'grocer', 'Q1', ['P1'], 'I1', true),
];
const initiative = (id: string, name: string, deleted = false): Initiative => ({
  ...meta(id, deleted),
  name,
  productKinds: [],
  description: '',
});
const initiatives = [initiative('I1', 'Viande et boucherie'), initiative('I2', 'Pain local'), initiative('I3', 'Abandonnée', true)];

const partner = (id: string, deleted = false): Partner => ({
  ...meta(id, deleted),
  name: `Partenaire ${id}`,
  kind: 'association',
  contactName: '',
  phone: '',
  email: '',
  notes: '',
});
const partners = [partner('PA1'), partner('PA2'), partner('PA3', true)];

const event = (
  id: string,
  kind: EventRow['kind'],
  date: string,
  quarterId: string | null,
  extra: Partial<EventRow> = {},
  deleted = false,
): EventRow => ({
  ...meta(id, deleted),
  name: `Événement ${id}`,
  kind,
  date,
  place: '',
  quarterId,
  ...extra,
});
const events = [
  event('E1', 'festivalStand', '2025-06-14', 'Q1', { partnerIds: ['PA1', 'PA2'], visitorCount: 120 }),
  event('E2', 'roundTable', '2025-03-20', 'Q2', { partnerIds: ['PA1', 'PA3'] }),
  event('E3', 'quarterCouncil', '2025-10-14', 'Q3', { visitorCount: 35 }),
  event('E4', 'producersMeeting', '2024-12-01', null, { visitorCount: 9 }),
  event('E5', 'festivalStand', '2025-05-01', 'Q1', { visitorCount: 50 }, true),
  event('E6', 'producersMeeting', '2025-11-20', 'C1', { visitorCount: 12 }),
  event('E7', 'producersMeeting', '2025-01-01', null, { partnerIds: ['PA2'] }),
];

const attendance: Attendance[] = [];
const attend = (eventId: string, attendeeKind: Attendance['attendeeKind'], attendeeId: string, present: boolean, deleted = false) =>
  attendance.push({ ...meta(`${eventId}|${attendeeId}`, deleted), eventId, attendeeKind, attendeeId, present });
for (const k of range(0, 4)) attend('E1', 'member', `m${k}`, true);
attend('E1', 'member', 'm5', false);
attend('E1', 'producer', 'P1', true);
attend('E1', 'producer', 'P2', true);
for (const k of range(120, 122)) attend('E2', 'member', `m${k}`, true);
attend('E2', 'member', 'm123', true, true);
attend('E2', 'producer', 'P7', true);
attend('E3', 'producer', 'P3', true);
attend('E3', 'producer', 'P4', true);
attend('E3', 'producer', 'P5', false);
for (const id of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']) attend('E7', 'producer', id, true);
attend('E6', 'producer', 'P7', true);

/**
 * Instalments: in 2025, A1 (Q1) has 10 due and 7 received, G2 (Q3) 3 due and 2 received; outside the period or
 * deleted ones, and those of the deleted group AX, count nowhere.
 */
const payments: OverviewData['payments'] = [
  ...range(0, 9).map((k) => ({
    groupId: 'A1',
    dueMonth: `2025-${String(k + 1).padStart(2, '0')}`,
    receivedOn: k < 7 ? '2025-01-10' : null,
    deleted: false,
  })),
  ...range(0, 2).map((k) => ({ groupId: 'G2', dueMonth: '2025-06', receivedOn: k < 2 ? '2025-06-03' : null, deleted: false })),
  { groupId: 'A1', dueMonth: '2024-12', receivedOn: '2024-12-01', deleted: false },
  { groupId: 'A1', dueMonth: '2025-03', receivedOn: '2025-03-01', deleted: true },
  { groupId: 'AX', dueMonth: '2025-03', receivedOn: null, deleted: false },
];

export function territoryFixture(): OverviewData {
  return {
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
  };
}
