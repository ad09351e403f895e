import { describe, expect, it } from 'vitest';
import { distributionDay } from '../../../src/domain/distribution/baskets';
import { buildDemoDataset } from '../../../src/data/demo-dataset';
import type { Absence, Contract, Distribution, Pickup } from '../../../src/domain/distribution/distribution-entities';
import { joinId } from '../../../src/domain/rows/ids';
import { CURRENT_CONSENT_VERSION } from '../../../src/domain/people/consent';
import { GROUP_KINDS, SALES_STATUSES } from '../../../src/domain/people/vocabulary';
import { mutations } from '../../../src/domain/mutations/registry';
import { PRODUCT_KINDS } from '../../../src/domain/people/product-kinds';

describe('buildDemoDataset', () => {
  const dataset = buildDemoDataset(new Date('2026-06-01T10:00:00Z'));

  it('passes the demo.load schema', () => {
    const result = mutations['demo.load'].args.safeParse(dataset);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('has the Poitiers-like quarters and communes', () => {
    const names = (kind: string) =>
      dataset.areas
        .filter((a) => a.kind === kind)
        .map((a) => a.name)
        .sort();
    expect(names('quarter')).toEqual(['Beaulieu', 'Couronneries', 'Poitiers Ouest', 'Poitiers Sud', 'Trois-Cités']);
    expect(names('commune')).toEqual(['Buxerolles', 'Chasseneuil-du-Poitou', 'Migné-Auxances', 'Saint-Benoît', 'Vouneuil-sous-Biard']);
  });

  it('covers every product kind, every sales status, organic and not', () => {
    const kinds = new Set(dataset.producers.flatMap((p) => p.productKinds));
    expect([...kinds].sort()).toEqual([...PRODUCT_KINDS].sort());
    expect(new Set(dataset.producers.map((p) => p.salesStatus))).toEqual(new Set(SALES_STATUSES));
    expect(new Set(dataset.producers.map((p) => p.organic))).toEqual(new Set([true, false]));
    expect(dataset.producers.length).toBeGreaterThanOrEqual(12);
  });

  it('covers every group kind, in more than one quarter', () => {
    expect(new Set(dataset.groups.map((g) => g.kind))).toEqual(new Set(GROUP_KINDS));
    expect(new Set(dataset.groups.map((g) => g.quarterId)).size).toBeGreaterThan(2);
  });

  it('has a few events and about twenty fictional members with consent', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(2);
    expect(dataset.events.length).toBeLessThanOrEqual(3);
    expect(dataset.members.length).toBeGreaterThanOrEqual(18);
    for (const member of dataset.members) {
      expect(member.signupDeviceId).toBe('demo');
      expect(member.consentGiven).toBe(true);
      expect(member.consentTextVersion).toBe(CURRENT_CONSENT_VERSION);
      if (member.phone) expect(member.phone).toMatch(/^06 00 00 00 \d\d$/);
      if (member.email) expect(member.email).toMatch(/@exemple\.fr$/);
      expect(member.phone || member.email).not.toBe('');
    }
    for (const producer of dataset.producers) {
      if (producer.phone) expect(producer.phone).toMatch(/^06 00 00 00 \d\d$/);
      if (producer.email) expect(producer.email).toMatch(/@exemple\.fr$/);
    }
  });

  it('only refers to rows of the dataset', () => {
    const areaIds = new Set(dataset.areas.map((a) => a.id));
    const eventIds = new Set(dataset.events.map((e) => e.id));
    const groupIds = new Set(dataset.groups.map((g) => g.id));
    const memberIds = new Set(dataset.members.map((m) => m.id));
    expect(dataset.producers.every((p) => p.communeId !== null && areaIds.has(p.communeId ?? ''))).toBe(true);
    expect(dataset.groups.every((g) => areaIds.has(g.quarterId ?? ''))).toBe(true);
    expect(dataset.members.every((m) => m.signupEventId === null || eventIds.has(m.signupEventId ?? ''))).toBe(true);
    expect(dataset.groupMembers.length).toBeGreaterThan(5);
    expect(dataset.groupMembers.every((l) => groupIds.has(l.groupId) && memberIds.has(l.memberId))).toBe(true);
  });

  it('makes fresh ids on every call', () => {
    const other = buildDemoDataset();
    const ids = (d: typeof dataset) =>
      [...d.areas, ...d.producers, ...d.groups, ...d.events, ...d.members, ...d.offers, ...d.contracts, ...d.distributions].map(
        (row) => row.id,
      );
    const first = new Set(ids(dataset));
    expect(first.size).toBe(ids(dataset).length);
    expect(ids(other).some((id) => first.has(id))).toBe(false);
  });

  it('stays light', () => {
    const rows = Object.values(dataset).reduce((total, table) => total + table.length, 0);
    expect(rows).toBeLessThan(300);
  });
});

describe('buildDemoDataset: the distribution day', () => {
  const now = new Date('2026-06-03T09:00:00Z');
  const today = '2026-06-03';
  const dataset = buildDemoDataset(now);
  const meta = { deleted: false, demo: true, clocks: {} };
  const offerById = new Map(dataset.offers.map((offer) => [offer.id, offer]));
  const contracts: Contract[] = dataset.contracts.map((c) => ({
    ...c,
    ...meta,
    notes: c.notes ?? '',
    producerId: offerById.get(c.offerId)?.producerId ?? '',
  }));
  const distributions: Distribution[] = dataset.distributions.map((d) => ({ ...d, ...meta, place: d.place ?? '', notes: d.notes ?? '' }));
  const contractById = new Map(contracts.map((c) => [c.id, c]));
  const absences: Absence[] = dataset.absences.map((a) => ({
    ...a,
    ...meta,
    id: joinId(a.distributionId, a.memberId),
    proxyName: a.proxyName ?? '',
    note: a.note ?? '',
  }));
  const pickups: Pickup[] = dataset.pickups.map((p) => ({
    ...p,
    ...meta,
    id: joinId(p.distributionId, p.contractId),
    collectedBy: p.collectedBy ?? '',
    memberId: contractById.get(p.contractId)?.memberId ?? '',
    producerId: contractById.get(p.contractId)?.producerId ?? '',
  }));
  const names = new Map(dataset.members.map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName }]));
  const day = (distribution: Distribution) => distributionDay(distribution, contracts, absences, pickups, names);
  const groupName = (groupId: string) => dataset.groups.find((g) => g.id === groupId)?.name;

  it('gives every producer one or two offers with a price in cents', () => {
    for (const producer of dataset.producers) {
      const offers = dataset.offers.filter((o) => o.producerId === producer.id);
      expect(offers.length, producer.name).toBeGreaterThanOrEqual(1);
      expect(offers.length, producer.name).toBeLessThanOrEqual(2);
      for (const offer of offers) expect(producer.productKinds, offer.name).toContain(offer.productKind);
    }
    expect(dataset.offers.every((o) => Number.isInteger(o.defaultPriceCents) && o.defaultPriceCents > 0)).toBe(true);
  });

  it('has seasons in a weekly AMAP and a monthly consumer group, for members of those groups, and one-off orders', () => {
    const groupsWithContracts = new Set(dataset.contracts.map((c) => c.groupId));
    const kinds = [...groupsWithContracts].map((id) => dataset.groups.find((g) => g.id === id)).map((g) => `${g?.kind}/${g?.rhythm}`);
    expect(kinds.sort()).toEqual(['amap/weekly', 'consumerGroup/monthly']);
    const links = new Set(dataset.groupMembers.map((l) => joinId(l.groupId, l.memberId)));
    expect(dataset.contracts.every((c) => links.has(joinId(c.groupId, c.memberId)))).toBe(true);
    for (const groupId of groupsWithContracts) {
      const members = dataset.groupMembers.filter((l) => l.groupId === groupId).map((l) => l.memberId);
      const withContract = new Set(dataset.contracts.filter((c) => c.groupId === groupId).map((c) => c.memberId));
      expect(withContract.size * 2, groupName(groupId)).toBeGreaterThan(members.length);
    }
    const seasons = dataset.contracts.filter((c) => c.kind === 'season');
    expect(seasons.every((c) => c.startDate < today && c.endDate > today && c.deliveryDates.length > 3)).toBe(true);
    expect(dataset.contracts.filter((c) => c.kind === 'oneOff').length).toBeGreaterThanOrEqual(1);
  });

  it("holds distributions on the delivery dates: past ones, one in the next days, future ones, at the group's place", () => {
    const dates = distributions.map((d) => d.date);
    expect(dates.some((date) => date < today)).toBe(true);
    expect(dates.some((date) => date >= today && date <= '2026-06-10')).toBe(true);
    expect(dates.some((date) => date > '2026-06-10')).toBe(true);
    for (const distribution of distributions) {
      expect(distribution.place).toBe(dataset.groups.find((g) => g.id === distribution.groupId)?.place);
      expect(contracts.some((c) => c.groupId === distribution.groupId && c.deliveryDates.includes(distribution.date))).toBe(true);
    }
  });

  it('has baskets due at every distribution, and check-offs only of baskets due there', () => {
    for (const distribution of distributions) {
      expect(day(distribution).due.length, `${groupName(distribution.groupId)} ${distribution.date}`).toBeGreaterThan(0);
    }
    const byId = new Map(distributions.map((d) => [d.id, d]));
    for (const pickup of pickups) {
      const distribution = byId.get(pickup.distributionId);
      expect(distribution).toBeDefined();
      if (!distribution) continue;
      expect(day(distribution).due.map((b) => b.contractId)).toContain(pickup.contractId);
      expect(distribution.date < today).toBe(true);
    }
  });

  it('checks off every basket of past distributions: mostly collected, some by someone else, a few not', () => {
    for (const distribution of distributions.filter((d) => d.date < today)) {
      expect(day(distribution).due.every((basket) => basket.status !== 'pending')).toBe(true);
    }
    const count = (status: string) => pickups.filter((p) => p.status === status).length;
    expect(count('collected')).toBeGreaterThan(pickups.length / 2);
    expect(count('collectedByOther')).toBeGreaterThan(0);
    expect(count('notCollected')).toBeGreaterThan(0);
    expect(pickups.filter((p) => p.status === 'collectedByOther').every((p) => p.collectedBy !== '')).toBe(true);
    expect(pickups.filter((p) => p.status !== 'collectedByOther').every((p) => p.collectedBy === '')).toBe(true);
  });

  it("has, on the AMAP's next distribution, one member away, one with a proxy, volunteers and a one-off order", () => {
    const amap = dataset.groups.find((g) => g.kind === 'amap' && distributions.some((d) => d.groupId === g.id));
    const next = distributions.filter((d) => d.groupId === amap?.id && d.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
    expect(next.date <= '2026-06-10').toBe(true);
    const forNext = <T extends { distributionId: string }>(rows: readonly T[]) => rows.filter((row) => row.distributionId === next.id);
    expect(
      forNext(absences)
        .map((a) => a.proxyName === '')
        .sort(),
    ).toEqual([false, true]);
    const nextDay = day(next);
    expect(nextDay.absent).toHaveLength(1);
    expect(nextDay.due.some((basket) => basket.proxyName)).toBe(true);
    expect(forNext(dataset.volunteers).length).toBeGreaterThan(0);
    expect(forNext(dataset.volunteers).length).toBeLessThanOrEqual(next.volunteersNeeded);
    expect(nextDay.due.some((basket) => basket.kind === 'oneOff')).toBe(true);
  });
});
