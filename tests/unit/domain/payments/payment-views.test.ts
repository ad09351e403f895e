import { describe, expect, it } from 'vitest';
import {
  chequesByProducer,
  lateInstalments,
  receivedOfDue,
  treasurerCsvRows,
  treasurerLines,
  type InstalmentRow,
} from '../../../../src/domain/payments/payment-views';

const row = (over: Partial<InstalmentRow> & { id: string }): InstalmentRow => ({
  contractId: over.id.split('|')[0] as string,
  index: Number(over.id.split('|')[1] ?? 0),
  memberId: 'm1',
  groupId: 'g1',
  producerId: 'p1',
  amountCents: 1000,
  dueMonth: '2026-04',
  method: 'cheque',
  receivedOn: null,
  handedAt: null,
  ...over,
});

describe('chequesByProducer', () => {
  it('lists received cheques not handed elsewhere, per producer in name order, with totals and ticks', () => {
    const names = new Map([
      ['m1', 'Durand Élodie'],
      ['m2', 'Benali Nadia'],
    ]);
    const lists = chequesByProducer(
      [
        row({ id: 'c1|0', receivedOn: '2026-04-07' }),
        row({ id: 'c2|0', memberId: 'm2', receivedOn: '2026-04-07', handedAt: 'd1', confirmedAt: '2026-04-07T19:00:00Z' }),
        row({ id: 'c1|1', receivedOn: '2026-04-07', handedAt: 'd0' }),
        row({ id: 'c1|2' }),
        row({ id: 'c3|0', method: 'transfer', receivedOn: '2026-04-07' }),
        row({ id: 'c4|0', producerId: 'p2', amountCents: 2500, receivedOn: '2026-04-07' }),
      ],
      'd1',
      names,
    );
    expect(lists.map((l) => [l.producerId, l.cheques.map((c) => c.id), l.totalCents, l.handed, l.confirmed])).toEqual([
      ['p1', ['c2|0', 'c1|0'], 2000, 1, 1],
      ['p2', ['c4|0'], 2500, 0, 0],
    ]);
  });
});

describe('the treasurer’s figures', () => {
  const payments = [
    row({ id: 'c1|0', receivedOn: '2026-04-07' }),
    row({ id: 'c1|1', dueMonth: '2026-05' }),
    row({ id: 'c2|0', producerId: 'p2', dueMonth: '2026-05', amountCents: 700 }),
    row({ id: 'c3|0', groupId: 'g2', dueMonth: '2026-06' }),
  ];

  it('sums due and received per group, producer and month, and says which are late on a day', () => {
    expect(treasurerLines(payments)).toEqual([
      { groupId: 'g1', producerId: 'p1', month: '2026-04', dueCents: 1000, receivedCents: 1000 },
      { groupId: 'g1', producerId: 'p1', month: '2026-05', dueCents: 1000, receivedCents: 0 },
      { groupId: 'g1', producerId: 'p2', month: '2026-05', dueCents: 700, receivedCents: 0 },
      { groupId: 'g2', producerId: 'p1', month: '2026-06', dueCents: 1000, receivedCents: 0 },
    ]);
    expect(lateInstalments(payments, '2026-06-15').map((p) => p.id)).toEqual(['c1|1', 'c2|0']);
    expect(receivedOfDue(payments, '2026-04', '2026-05')).toEqual({ dueCents: 2700, receivedCents: 1000 });
  });

  it('writes the CSV rows with the screen’s figures', () => {
    const rows = treasurerCsvRows(treasurerLines(payments).slice(0, 1), {
      header: ['G', 'P', 'M', 'D', 'R', 'X'],
      groupName: () => 'AMAP',
      producerName: () => 'Ferme',
      euros: (cents) => (cents / 100).toFixed(2),
    });
    expect(rows).toEqual([
      ['G', 'P', 'M', 'D', 'R', 'X'],
      ['AMAP', 'Ferme', '2026-04', '10.00', '10.00', '0.00'],
    ]);
  });
});
