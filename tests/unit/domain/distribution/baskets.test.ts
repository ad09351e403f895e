import { describe, expect, it } from 'vitest';
import {
  countDay,
  distributionDay,
  dueBaskets,
  numberedAfter,
  producerDay,
  storedNumbers,
  totalsByOffer,
  unnumberedContracts,
} from '../../../../src/domain/distribution/baskets';
import { distributionNumberBaskets } from '../../../../src/domain/mutations/distribution-mutations';
import type { SyncedRow } from '../../../../src/domain/rows/rows';
import type { Absence, Contract, Distribution, Pickup } from '../../../../src/domain/distribution/distribution-entities';

const meta = { deleted: false, demo: false, clocks: {} };
const distribution: Distribution = {
  ...meta,
  id: 'd1',
  groupId: 'g1',
  date: '2026-04-07',
  startTime: '18:00',
  endTime: '19:30',
  place: '',
  volunteersNeeded: 2,
  notes: '',
};

function contract(id: string, memberId: string, overrides: Partial<Contract> = {}): Contract {
  return {
    ...meta,
    id,
    memberId,
    groupId: 'g1',
    offerId: 'veg',
    producerId: 'p1',
    kind: 'season',
    startDate: '2026-04-01',
    endDate: '2026-09-30',
    deliveryDates: ['2026-04-07', '2026-04-14'],
    quantity: 1,
    size: 'medium',
    pricePerDeliveryCents: 1500,
    notes: '',
    ...overrides,
  };
}

const names = new Map([
  ['ana', { firstName: 'Ana', lastName: 'Zola' }],
  ['bob', { firstName: 'Bob', lastName: 'Arnaud' }],
  ['cam', { firstName: 'Cam', lastName: 'Morel' }],
  ['dan', { firstName: 'Dan', lastName: 'Petit' }],
]);

describe('distributionDay', () => {
  const contracts = [
    contract('c1', 'ana'),
    contract('c2', 'bob'),
    contract('c3', 'bob', { offerId: 'eggs', producerId: 'p2', quantity: 2, size: null }),
    contract('c4', 'cam', { deliveryDates: ['2026-04-14'] }),
    contract('c5', 'dan', { groupId: 'g2' }),
    contract('c6', 'cam', {
      kind: 'oneOff',
      startDate: '2026-04-07',
      endDate: '2026-04-07',
      deliveryDates: ['2026-04-07'],
      offerId: 'honey',
      size: null,
    }),
    contract('c7', 'ana', { deleted: true }),
  ];

  it('derives the baskets due from the contracts and one-off orders of the group on that date, numbered by name', () => {
    const day = distributionDay(distribution, contracts, [], [], names);
    expect(day.due.map((b) => [b.number, b.contractId, b.memberId])).toEqual([
      [1, 'c2', 'bob'],
      [2, 'c3', 'bob'],
      [3, 'c6', 'cam'],
      [4, 'c1', 'ana'],
    ]);
    expect(day.absent).toEqual([]);
  });

  it('drops the baskets of a member away without proxy, and names the proxy of another', () => {
    const absences: Absence[] = [
      { ...meta, id: 'd1|ana', distributionId: 'd1', memberId: 'ana', proxyName: '', note: 'en vacances' },
      { ...meta, id: 'd1|bob', distributionId: 'd1', memberId: 'bob', proxyName: 'Sa voisine Léa', note: '' },
      { ...meta, id: 'd2|cam', distributionId: 'd2', memberId: 'cam', proxyName: '', note: '' },
    ];
    const day = distributionDay(distribution, contracts, absences, [], names);
    expect(day.due.map((b) => [b.contractId, b.proxyName])).toEqual([
      ['c2', 'Sa voisine Léa'],
      ['c3', 'Sa voisine Léa'],
      ['c6', null],
    ]);
    expect(day.absent).toEqual([{ memberId: 'ana', contractIds: ['c1'], numbers: [4], note: 'en vacances' }]);
  });

  it('counts as the day does without ordering nor numbering it (the overview): the same baskets, proxies and statuses', () => {
    const absences: Absence[] = [
      { ...meta, id: 'd1|ana', distributionId: 'd1', memberId: 'ana', proxyName: '', note: '' },
      { ...meta, id: 'd1|bob', distributionId: 'd1', memberId: 'bob', proxyName: 'Léa', note: '' },
    ];
    const pickups = [{ ...meta, id: 'p', distributionId: 'd1', contractId: 'c6', memberId: 'cam', producerId: 'p1', status: 'collected' }];
    const day = distributionDay(distribution, contracts, absences, pickups as Pickup[], names);
    const counted = dueBaskets(distribution, contracts, absences, pickups as Pickup[]);
    const unnumbered = day.due.map((basket) => ({ ...basket, number: null }));
    expect(counted.due).toEqual(expect.arrayContaining(unnumbered));
    expect(counted.due).toHaveLength(unnumbered.length);
    expect(counted.due.find((b) => b.contractId === 'c6')?.status).toBe('collected');
    expect(counted.absent.map((a) => [a.memberId, a.contractIds])).toEqual([['ana', ['c1']]]);
  });

  it('keeps every basket number when an absence is declared: a printed sheet and an unsynced phone stay right', () => {
    const before = distributionDay(distribution, contracts, [], [], names);
    const bobAway: Absence = { ...meta, id: 'd1|bob', distributionId: 'd1', memberId: 'bob', proxyName: '', note: '' };
    const after = distributionDay(distribution, contracts, [bobAway], [], names);
    expect(after.due.map((b) => [b.contractId, b.number])).toEqual([
      ['c6', 3],
      ['c1', 4],
    ]);
    const numberBefore = new Map(before.due.map((b) => [b.contractId, b.number]));
    for (const basket of after.due) expect(basket.number).toBe(numberBefore.get(basket.contractId));
    expect(after.absent).toEqual([{ memberId: 'bob', contractIds: ['c2', 'c3'], numbers: [1, 2], note: '' }]);
  });

  it('shows each basket with its latest check-off, and counts the day', () => {
    const pickup = (contractId: string, status: Pickup['status'], collectedBy = ''): Pickup => ({
      ...meta,
      id: `d1|${contractId}`,
      distributionId: 'd1',
      contractId,
      memberId: '',
      producerId: '',
      status,
      collectedBy,
      recordedAt: '2026-04-07T18:10:00.000Z',
      deviceId: 'phone',
    });
    const day = distributionDay(
      distribution,
      contracts,
      [],
      [pickup('c1', 'collected'), pickup('c2', 'collectedByOther', 'Léa'), pickup('c3', 'notCollected')],
      names,
    );
    expect(day.due.find((b) => b.contractId === 'c2')).toMatchObject({ status: 'collectedByOther', collectedBy: 'Léa' });
    expect(countDay(day.due)).toEqual({ due: 4, collected: 2, notCollected: 1, remaining: 1 });
  });

  it('totals what each producer must bring, by offer and size', () => {
    const day = distributionDay(distribution, contracts, [], [], names);
    expect(totalsByOffer(day.due)).toEqual([
      { offerId: 'veg', size: 'medium', quantity: 2, baskets: 2 },
      { offerId: 'eggs', size: null, quantity: 2, baskets: 1 },
      { offerId: 'honey', size: null, quantity: 1, baskets: 1 },
    ]);
  });
});

describe('basket numbers: decided once, stored on the distribution, the same on every device', () => {
  const contracts = [
    contract('c1', 'ana'),
    contract('c2', 'bob'),
    contract('c3', 'bob', { offerId: 'eggs', producerId: 'p2' }),
    contract('c4', 'cam'),
    contract('c5', 'dan'),
    contract('c8', 'abel'),
  ];
  // Azoulay comes after Arnaud, but Abel before Bob: only the initial is on the producer's phone.
  const allNames = new Map([...names, ['abel', { firstName: 'Abel', lastName: 'Azoulay' }]]);
  // What a producer's phone holds: its own contracts, and of each of its members the first name and an initial.
  const heldByProducer = new Map([
    ['ana', { firstName: 'Ana', lastName: 'Z.' }],
    ['bob', { firstName: 'Bob', lastName: 'A.' }],
    ['cam', { firstName: 'Cam', lastName: 'M.' }],
    ['dan', { firstName: 'Dan', lastName: 'P.' }],
    ['abel', { firstName: 'Abel', lastName: 'A.' }],
  ]);
  const numbersOf = (day: ReturnType<typeof distributionDay>) => day.due.map((b) => [b.contractId, b.number]);
  /** What a device holding the whole day stores when it lists it (distribution.numberBaskets). */
  const numbered = (d: Distribution, held: readonly Contract[]): Distribution => ({
    ...d,
    basketNumbers: numberedAfter(storedNumbers(d), unnumberedContracts(d, held, allNames)),
  });

  it('numbers the whole day by name on the sheet, before and after the numbers are stored', () => {
    const sheet = distributionDay(distribution, contracts, [], [], allNames);
    const expected = [
      ['c2', 1],
      ['c3', 2],
      ['c8', 3],
      ['c4', 4],
      ['c5', 5],
      ['c1', 6],
    ];
    expect(numbersOf(sheet)).toEqual(expected);
    expect(numbersOf(distributionDay(numbered(distribution, contracts), contracts, [], [], allNames))).toEqual(expected);
  });

  it("gives the producer's phone, from its own contracts and initials, the sheet's numbers once stored", () => {
    const stored = numbered(distribution, contracts);
    const sheet = new Map(distributionDay(stored, contracts, [], [], allNames).due.map((b) => [b.contractId, b.number]));
    const own = contracts.filter((c) => c.producerId === 'p1');
    const onPhone = producerDay(stored, own, [], [], heldByProducer, 'p1');
    expect(onPhone.due.map((b) => [b.contractId, b.number])).toEqual(
      own.map((c) => [c.id, sheet.get(c.id)]).sort((a, b) => Number(a[1]) - Number(b[1])),
    );
    // The other producer's phone too, and an animator's device, which holds the group's contracts.
    expect(
      numbersOf(
        producerDay(
          stored,
          contracts.filter((c) => c.producerId === 'p2'),
          [],
          [],
          heldByProducer,
          'p2',
        ),
      ),
    ).toEqual([['c3', 2]]);
    expect(numbersOf(distributionDay(stored, contracts, [], [], allNames))).toEqual([...sheet]);
  });

  it("shows no number on the producer's phone until the numbers are stored, rather than one of its own", () => {
    const own = contracts.filter((c) => c.producerId === 'p1');
    const day = producerDay(distribution, own, [], [], heldByProducer, 'p1');
    expect(day.due.map((b) => b.number)).toEqual([null, null, null, null, null]);
  });

  it('gives a late contract the next free number, never moving earlier ones, even one that sorts first by name', () => {
    const stored = numbered(distribution, contracts);
    const late = [...contracts, contract('c9', 'aaron', { producerId: 'p1' })];
    const names9 = new Map([...allNames, ['aaron', { firstName: 'Aaron', lastName: 'Abbas' }]]);
    const before = numbersOf(distributionDay(stored, contracts, [], [], allNames));
    const sheet = distributionDay(stored, late, [], [], names9);
    expect(numbersOf(sheet)).toEqual([...before, ['c9', 7]]);
    // A deleted contract's number stays taken: the next late one gets 8, not 1 again.
    const withC9 = numbered(stored, late);
    const deleted = late.map((c) => (c.id === 'c2' ? { ...c, deleted: true } : c));
    const next = numberedAfter(storedNumbers(withC9), ['c10']);
    expect(next.c10).toBe(8);
    expect(numbersOf(distributionDay(withC9, deleted, [], [], names9))[0]).toEqual(['c3', 2]);
  });

  it("keeps every number when an absence is declared, the absent member's included, on the producer's phone too", () => {
    const stored = numbered(distribution, contracts);
    const camAway: Absence = { ...meta, id: 'd1|cam', distributionId: 'd1', memberId: 'cam', proxyName: '', note: '' };
    const day = producerDay(stored, contracts, [camAway], [], heldByProducer, 'p1');
    expect(numbersOf(day)).toEqual([
      ['c2', 1],
      ['c8', 3],
      ['c5', 5],
      ['c1', 6],
    ]);
    expect(day.absent).toEqual([{ memberId: 'cam', contractIds: ['c4'], numbers: [4], note: '' }]);
  });
});

describe('distribution.numberBaskets', () => {
  const rows = new Map<string, SyncedRow>([
    ['distributions|d1', distribution as unknown as SyncedRow],
    ...['c1', 'c2', 'c3'].map((id): [string, SyncedRow] => [`contracts|${id}`, contract(id, 'ana') as unknown as SyncedRow]),
    ['contracts|cX', contract('cX', 'ana', { groupId: 'g2' }) as unknown as SyncedRow],
  ]);
  const ctx = { read: { get: (table: string, id: string) => Promise.resolve(rows.get(`${table}|${id}`)) } };
  const apply = async (contractIds: string[]) => {
    const writes = await distributionNumberBaskets.plan({ distributionId: 'd1', contractIds }, ctx);
    for (const write of writes) rows.set('distributions|d1', { ...(rows.get('distributions|d1') as SyncedRow), ...write.fields });
    return writes;
  };

  it('run by the server one push after the other, never gives one number twice; passes over contracts not due here', async () => {
    // Two devices listed the day offline, each holding one contract the other did not: both sent "number these".
    await apply(['c1', 'c2']);
    await apply(['c3', 'c1', 'cX']);
    expect(storedNumbers(rows.get('distributions|d1') as SyncedRow)).toEqual({ c1: 1, c2: 2, c3: 3 });
    // Sent again (every number already given): nothing to write.
    expect(await apply(['c1', 'c2', 'c3'])).toEqual([]);
  });
});
