import { describe, expect, it } from 'vitest';
import { renewalDrafts, renewedContractId } from '../../../../src/domain/distribution/contract-renewal';
import type { Contract } from '../../../../src/domain/distribution/distribution-entities';
import { sumCents } from '../../../../src/domain/payments/payment-plan';

const contract = (id: string, over: Partial<Contract> = {}): Contract => ({
  id,
  deleted: false,
  demo: false,
  clocks: {},
  memberId: `m-${id}`,
  groupId: 'g1',
  offerId: 'o1',
  producerId: 'p1',
  kind: 'season',
  startDate: '2026-04-01',
  endDate: '2026-09-30',
  deliveryDates: ['2026-04-07'],
  quantity: 2,
  size: 'large',
  pricePerDeliveryCents: 1250,
  notes: 'Sans poireaux',
  ...over,
});
const NEW_SEASON = {
  groupId: 'g1',
  startDate: '2027-04-06',
  endDate: '2027-09-28',
  deliveryDates: ['2027-04-06', '2027-04-13', '2027-04-20'],
};
const ULID = '01JABCDEFGHJKMNPQRSTVWXYZ0';

describe('renewalDrafts', () => {
  it('renews last season’s season contracts of the group with their terms, the new days and their plan split anew', () => {
    const drafts = renewalDrafts(
      [
        contract(ULID),
        contract('other-group', { groupId: 'g2' }),
        contract('one-off', { kind: 'oneOff' }),
        contract('too-old', { endDate: '2025-09-30' }),
        contract('deleted', { deleted: true }),
      ],
      [0, 1, 2].map((i) => ({ contractId: ULID, method: 'cheque' as const, deleted: false, i })),
      NEW_SEASON,
    );
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft?.id).toBe(`r20270406-${ULID}`);
    expect(draft?.fields).toMatchObject({ memberId: `m-${ULID}`, quantity: 2, size: 'large', pricePerDeliveryCents: 1250, notes: '' });
    expect(draft?.fields.deliveryDates).toEqual(NEW_SEASON.deliveryDates);
    expect(draft?.instalments.map((i) => [i.amountCents, i.dueMonth, i.method])).toEqual([
      [1250, '2027-04', 'cheque'],
      [1250, '2027-05', 'cheque'],
      [1250, '2027-06', 'cheque'],
    ]);
    expect(sumCents(draft?.instalments ?? [])).toBe(3 * 1250);
    expect(draft?.exists).toBe(false);
  });

  it('marks a renewal already made, and keeps ids short when a renewal is renewed', () => {
    const made = contract(renewedContractId(ULID, NEW_SEASON.startDate), { startDate: NEW_SEASON.startDate, endDate: NEW_SEASON.endDate });
    expect(renewalDrafts([contract(ULID), made], [], NEW_SEASON).map((d) => d.exists)).toEqual([true]);
    const next = renewedContractId(made.id, '2028-04-04');
    expect(next).toBe(`r20280404-${ULID}`);
    expect(renewalDrafts([contract(ULID)], [], { ...NEW_SEASON, deliveryDates: [] })).toEqual([]);
  });
});
