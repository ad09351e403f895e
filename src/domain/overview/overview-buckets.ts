/** What the overview counts for one quarter (or the territory) as it goes through the rows, and the figures it makes of it. */
import type { Group, Producer } from '../people/entities';
import { PRODUCT_KINDS } from '../people/product-kinds';
import { GROUP_KINDS, OUTLET_KINDS, type OutletKind } from '../people/vocabulary';
import type { EventFigure, Figures, Share } from './overview-types';

export interface Bucket {
  groups: Group[];
  members: number;
  newSignups: number;
  activeContracts: number;
  producers: Set<Producer>;
  outlets: { kind: OutletKind; sourcing: boolean }[];
  held: number;
  due: number;
  collected: number;
  loyal: Set<string>;
  considered: Set<string>;
  events: EventFigure[];
  paymentsDue: number;
  paymentsReceived: number;
}

export const live = <T extends { deleted: boolean }>(rows: readonly T[]): T[] => rows.filter((row) => !row.deleted);
export const isMobilised = (producer: Producer) => (producer.mobilisation ?? 'contacted') !== 'contacted';
export const countBy = <K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
};
export const share = (part: number, of: number): Share => ({ part, of, rate: of === 0 ? null : part / of });
export const emptyBucket = (): Bucket => ({
  groups: [],
  members: 0,
  newSignups: 0,
  activeContracts: 0,
  producers: new Set(),
  outlets: [],
  held: 0,
  due: 0,
  collected: 0,
  loyal: new Set(),
  considered: new Set(),
  events: [],
  paymentsDue: 0,
  paymentsReceived: 0,
});

export function figuresOf(bucket: Bucket): Figures {
  const producers = [...bucket.producers];
  const events = bucket.events;
  const sum = (pick: (event: EventFigure) => number) => events.reduce((total, event) => total + pick(event), 0);
  return {
    groups: {
      total: bucket.groups.length,
      ...countBy(
        GROUP_KINDS,
        bucket.groups.map((group) => group.kind),
      ),
    },
    people: { members: bucket.members, newSignups: bucket.newSignups },
    activeContracts: bucket.activeContracts,
    producers: {
      mobilised: producers.length,
      organic: share(producers.filter((producer) => producer.organic).length, producers.length),
      byProductKind: countBy(
        PRODUCT_KINDS,
        producers.flatMap((producer) => [...new Set(producer.productKinds)]),
      ),
    },
    outlets: {
      total: bucket.outlets.length,
      sourcing: bucket.outlets.filter((outlet) => outlet.sourcing).length,
      byKind: countBy(
        OUTLET_KINDS,
        bucket.outlets.map((outlet) => outlet.kind),
      ),
    },
    distributions: { held: bucket.held, pickups: share(bucket.collected, bucket.due) },
    loyalty: share(bucket.loyal.size, bucket.considered.size),
    payments: share(bucket.paymentsReceived, bucket.paymentsDue),
    events: { held: events.length, signups: sum((e) => e.signups), attendees: sum((e) => e.attendees) },
  };
}
