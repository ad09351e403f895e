import { describe, expect, it } from 'vitest';
import { countDay, distributionDay, producerDay, totalsByOffer } from '../../../../src/domain/distribution/baskets';
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

describe('producerDay', () => {
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
  const ownNumbers = (day: ReturnType<typeof producerDay>) => day.due.map((b) => [b.contractId, b.number]);

  it("numbers the producer's own baskets alike on its phone and on a device holding the whole day", () => {
    const onCoordinatorsDevice = producerDay(distribution, contracts, [], [], allNames, 'p1');
    const onProducersPhone = producerDay(
      distribution,
      contracts.filter((c) => c.producerId === 'p1'),
      [],
      [],
      heldByProducer,
      'p1',
    );
    expect(ownNumbers(onProducersPhone)).toEqual([
      ['c8', 1],
      ['c2', 2],
      ['c4', 3],
      ['c5', 4],
      ['c1', 5],
    ]);
    expect(ownNumbers(onCoordinatorsDevice)).toEqual(ownNumbers(onProducersPhone));
  });

  it("keeps the producer's numbers when an absence is declared, the absent member's included", () => {
    const camAway: Absence = { ...meta, id: 'd1|cam', distributionId: 'd1', memberId: 'cam', proxyName: '', note: '' };
    const day = producerDay(distribution, contracts, [camAway], [], heldByProducer, 'p1');
    expect(ownNumbers(day)).toEqual([
      ['c8', 1],
      ['c2', 2],
      ['c5', 4],
      ['c1', 5],
    ]);
    expect(day.absent).toEqual([{ memberId: 'cam', contractIds: ['c4'], numbers: [3], note: '' }]);
  });
});
