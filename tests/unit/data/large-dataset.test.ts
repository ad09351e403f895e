// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { distributionDay, type PersonName } from '../../../src/domain/distribution/baskets';
import type { Contract, Distribution } from '../../../src/domain/distribution/distribution-entities';
import { buildLargeDataset, largeDatasetMutations } from '../../../src/data/large-dataset';
import { mutations } from '../../../src/domain/mutations/registry';

const meta = { deleted: false, demo: false, clocks: {} };
const options = { seed: 7, members: 900, baskets: 300, otherGroups: 4, producers: 6 };

describe('buildLargeDataset', () => {
  const dataset = buildLargeDataset(options);

  it('makes the members, groups and producers asked for, with distinct ids', () => {
    expect(dataset.members).toHaveLength(900);
    expect(dataset.groups).toHaveLength(5);
    expect(dataset.producers).toHaveLength(6);
    expect(dataset.offers).toHaveLength(6);
    const ids = largeDatasetMutations(dataset).map((m) => ('id' in m.args ? m.args.id : `${JSON.stringify(m.args)}`));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(buildLargeDataset(options)).toEqual(dataset);
    const other = buildLargeDataset({ ...options, seed: 8 });
    expect(other.members.map((m) => m.firstName)).not.toEqual(dataset.members.map((m) => m.firstName));
  });

  it('passes the schema of every mutation that writes it', () => {
    for (const mutation of largeDatasetMutations(dataset)) {
      const parsed = mutations[mutation.name].args.safeParse(mutation.args);
      expect(parsed.success, `${mutation.name} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    expect(dataset.contracts.some((c) => c.kind === 'oneOff')).toBe(true);
  });

  it('has exactly the requested baskets due at the big distribution', () => {
    const producerOf = new Map(dataset.offers.map((offer) => [offer.id, offer.producerId]));
    const contracts: Contract[] = dataset.contracts.map((c) => ({
      ...meta,
      ...c,
      notes: c.notes ?? '',
      producerId: producerOf.get(c.offerId) as string,
    }));
    const big = dataset.distributions.find((d) => d.id === dataset.bigDistributionId) as Distribution & typeof meta;
    const absences = dataset.absences.map((a) => ({ ...meta, id: `${a.distributionId}|${a.memberId}`, ...a, note: a.note ?? '' }));
    const names = new Map<string, PersonName>(dataset.members.map((m) => [m.id, { firstName: m.firstName, lastName: m.lastName ?? '' }]));
    const day = distributionDay({ ...meta, ...big }, contracts, absences, [], names);
    expect(day.due).toHaveLength(300);
    expect(day.absent).toEqual([]);
    expect(day.due.filter((b) => b.proxyName !== null)).toHaveLength(dataset.absences.length);
    expect(dataset.absences.length).toBeGreaterThan(0);
    // Another of the big group's distributions has the season contracts only, not the one-off orders.
    const later = dataset.distributions.find((d) => d.groupId === big.groupId && d.id !== big.id) as Distribution & typeof meta;
    const oneOffs = dataset.contracts.filter((c) => c.kind === 'oneOff').length;
    expect(distributionDay({ ...meta, ...later }, contracts, [], [], names).due).toHaveLength(300 - oneOffs);
  });

  it('refuses more baskets than members', () => {
    expect(() => buildLargeDataset({ members: 10, baskets: 11 })).toThrow(RangeError);
  });
});
