import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../../../src/domain/demo-dataset';
import { CURRENT_CONSENT_VERSION } from '../../../src/domain/consent';
import { GROUP_KINDS, SALES_STATUSES } from '../../../src/domain/vocabulary';
import { mutations } from '../../../src/domain/mutations/registry';
import { PRODUCT_KINDS } from '../../../src/domain/product-kinds';

describe('buildDemoDataset', () => {
  const dataset = buildDemoDataset(new Date('2026-06-01T10:00:00Z'));

  it('passes the demo.load schema', () => {
    const result = mutations['demo.load'].args.safeParse(dataset);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('has the Poitiers-like quarters and communes', () => {
    const names = (kind: string) => dataset.areas.filter((a) => a.kind === kind).map((a) => a.name).sort();
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
    const ids = (d: typeof dataset) => [...d.areas, ...d.producers, ...d.groups, ...d.events, ...d.members].map((row) => row.id);
    const first = new Set(ids(dataset));
    expect(first.size).toBe(ids(dataset).length);
    expect(ids(other).some((id) => first.has(id))).toBe(false);
  });
});
