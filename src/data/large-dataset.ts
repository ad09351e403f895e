/**
 * A large territory for benchmarks and end-to-end tests, made deterministically from a seed: the same seed gives
 * the same ids, names and contracts, so a benchmark can be rerun on identical data. One distribution (the "big"
 * one) has exactly the requested number of baskets due; the other members hold contracts in smaller groups.
 * Every name, phone number and e-mail is invented (phones 06 00 .., e-mails @exemple.fr).
 */
import { CURRENT_CONSENT_VERSION } from '../domain/people/consent';
import { deliveryDatesFor } from '../domain/distribution/delivery-dates';
import type { BasketSize, Unit } from '../domain/distribution/distribution-entities';
import type { MutationArgs, MutationName } from '../domain/mutations/registry';
import type { ProductKind } from '../domain/people/product-kinds';

export interface LargeDatasetOptions {
  seed?: number;
  members?: number;
  /** Baskets due at the big distribution: one contract each, held by distinct members. */
  baskets?: number;
  /** Consumer groups besides the big one, sharing the other members. */
  otherGroups?: number;
  producers?: number;
  /** First delivery of the season (a Tuesday); the big distribution is the second weekly delivery. */
  seasonStart?: string;
  seasonEnd?: string;
}

export interface LargeDataset {
  areas: MutationArgs<'area.create'>[];
  producers: MutationArgs<'producer.create'>[];
  offers: MutationArgs<'offer.create'>[];
  groups: MutationArgs<'group.create'>[];
  members: MutationArgs<'member.signUp'>[];
  groupMembers: MutationArgs<'groupMember.add'>[];
  contracts: MutationArgs<'contract.create'>[];
  distributions: MutationArgs<'distribution.create'>[];
  /** Absences with a proxy at the big distribution: the basket stays due, collected by someone else. */
  absences: MutationArgs<'absence.declare'>[];
  bigDistributionId: string;
}

export type SeedMutation = { [N in MutationName]: { name: N; args: MutationArgs<N> } }[MutationName];

const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Hugo',
  'Manon',
  'Louis',
  'Chloé',
  'Jules',
  'Inès',
  'Gabriel',
  'Zoé',
  'Nathan',
  'Emma',
  'Théo',
  'Alice',
  'Raphaël',
  'Sarah',
  'Arthur',
  'Lina',
  'Noé',
  'Jeanne',
  'Karim',
  'Yasmine',
  'Paul',
  'Anaïs',
  'Éloïse',
  'Mathis',
  'Rose',
  'Samuel',
  'Clara',
  'Adam',
];
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Benali',
];
const QUARTERS = ['Poitiers Sud', 'Trois-Cités', 'Poitiers Ouest', 'Couronneries', 'Beaulieu', 'Saint-Éloi', 'Gibauderie', 'Centre-ville'];
const OFFERS: [name: string, kind: ProductKind, unit: Unit, priceCents: number][] = [
  ['Panier de légumes', 'vegetables', 'basket', 1500],
  ['Œufs', 'eggs', 'dozen', 420],
  ['Pain au levain', 'bread', 'loaf', 450],
  ['Pommes', 'fruit', 'kg', 300],
  ['Fromage de chèvre', 'goatCheese', 'piece', 350],
  ['Miel', 'honey', 'jar', 900],
];
const SIZES: BasketSize[] = ['small', 'medium', 'large'];
const SIGNUP_AT = '2026-03-01T10:00:00.000Z';

/** mulberry32: small, fast and good enough to spread names; not for anything secret. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 5) => String(n).padStart(width, '0');

export function buildLargeDataset(options: LargeDatasetOptions = {}): LargeDataset {
  const seed = options.seed ?? 1;
  const memberCount = options.members ?? 10_000;
  const basketCount = options.baskets ?? 2_000;
  const otherGroupCount = options.otherGroups ?? 20;
  const producerCount = options.producers ?? 12;
  const seasonStart = options.seasonStart ?? '2026-04-07';
  const seasonEnd = options.seasonEnd ?? '2026-06-30';
  if (!Number.isInteger(basketCount) || basketCount < 1 || basketCount > memberCount) {
    throw new RangeError(`baskets must be between 1 and the number of members (${memberCount}), got ${basketCount}`);
  }
  const rand = random(seed);
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const id = (kind: string, n: number) => `large${seed}-${kind}-${pad(n)}`;
  const seasonDates = deliveryDatesFor(seasonStart, seasonEnd, 'weekly');
  const bigDate = seasonDates[1] ?? seasonStart;

  const areas = QUARTERS.map((name, n) => ({ id: id('area', n), name, kind: 'quarter' as const }));
  const producers = Array.from({ length: producerCount }, (_, n) => {
    const [, kind] = OFFERS[n % OFFERS.length] as (typeof OFFERS)[number];
    return {
      id: id('producer', n),
      name: `${pickOf(FIRST_NAMES)} ${pickOf(LAST_NAMES)}`,
      farm: `Ferme n° ${n + 1}`,
      communeId: null,
      productKinds: [kind],
      organic: n % 2 === 0,
      salesStatus: 'direct' as const,
      phone: `06 00 01 ${pad(Math.floor(n / 100) % 100, 2)} ${pad(n % 100, 2)}`,
      email: `ferme${n + 1}@exemple.fr`,
      notes: '',
    };
  });
  const offers = producers.map((producer, n) => {
    const [name, productKind, unit, defaultPriceCents] = OFFERS[n % OFFERS.length] as (typeof OFFERS)[number];
    return { id: id('offer', n), producerId: producer.id, name, productKind, unit, defaultPriceCents };
  });
  const groupOf = (n: number, name: string) => ({
    id: id('group', n),
    name,
    kind: 'amap' as const,
    quarterId: (areas[n % areas.length] as (typeof areas)[number]).id,
    place: `Maison de quartier ${n + 1}`,
    rhythm: 'weekly' as const,
    rhythmNote: '',
  });
  const groups = [
    groupOf(0, 'AMAP du grand marché'),
    ...Array.from({ length: otherGroupCount }, (_, n) => groupOf(n + 1, `AMAP ${n + 2}`)),
  ];

  const members: LargeDataset['members'] = [];
  const groupMembers: LargeDataset['groupMembers'] = [];
  const contracts: LargeDataset['contracts'] = [];
  for (let n = 0; n < memberCount; n += 1) {
    const firstName = pickOf(FIRST_NAMES);
    const lastName = pickOf(LAST_NAMES);
    const memberId = id('member', n);
    const noContact = n % 50 === 49;
    members.push({
      id: memberId,
      firstName,
      lastName,
      phone: noContact ? '' : `06 00 ${pad(Math.floor(n / 10_000) % 100, 2)} ${pad(Math.floor(n / 100) % 100, 2)} ${pad(n % 100, 2)}`,
      email: noContact || n % 3 !== 0 ? '' : `membre${n}@exemple.fr`,
      noContact,
      quarterId: pickOf(areas).id,
      householdSize: 1 + Math.floor(rand() * 4),
      interests: [pickOf(OFFERS)[1]],
      notes: '',
      signupEventId: null,
      signupDeviceId: 'large-seed',
      signupDeviceName: 'Jeu de données de test',
      signupAt: SIGNUP_AT,
      consentGiven: true,
      consentTextVersion: CURRENT_CONSENT_VERSION,
      consentAt: SIGNUP_AT,
      consentDeviceId: 'large-seed',
    });
    // The first `baskets` members make the big group; the others are shared round the other groups.
    const inBig = n < basketCount;
    if (!inBig && otherGroupCount === 0) continue;
    const group = inBig ? (groups[0] as (typeof groups)[number]) : (groups[1 + (n % otherGroupCount)] as (typeof groups)[number]);
    groupMembers.push({ groupId: group.id, memberId });
    // Everyone in the big group has one basket due at the big distribution; a third of the others hold a contract.
    if (!inBig && n % 3 !== 0) continue;
    const offer = inBig ? (offers[n % Math.min(4, offers.length)] as (typeof offers)[number]) : pickOf(offers);
    const oneOff = inBig && n % 20 === 19;
    const isBasket = offer.unit === 'basket';
    contracts.push({
      id: id('contract', n),
      memberId,
      groupId: group.id,
      offerId: offer.id,
      kind: oneOff ? 'oneOff' : 'season',
      startDate: oneOff ? bigDate : seasonStart,
      endDate: oneOff ? bigDate : seasonEnd,
      deliveryDates: oneOff ? [bigDate] : seasonDates,
      quantity: isBasket ? 1 : 1 + Math.floor(rand() * 3),
      size: isBasket ? pickOf(SIZES) : null,
      pricePerDeliveryCents: offer.defaultPriceCents,
      notes: '',
    });
  }

  const distributions = groups.flatMap((group, g) =>
    seasonDates.map((date, d) => ({
      id: g === 0 && date === bigDate ? id('distribution-big', 0) : id('distribution', g * 1000 + d),
      groupId: group.id,
      date,
      startTime: '18:00',
      endTime: '19:30',
      place: group.place,
      volunteersNeeded: g === 0 ? 6 : 2,
      notes: '',
    })),
  );
  const bigDistributionId = id('distribution-big', 0);
  const absences = members
    .slice(0, basketCount)
    .filter((_, n) => n % 100 === 7)
    .map((member) => ({
      distributionId: bigDistributionId,
      memberId: member.id,
      proxyName: `${pickOf(FIRST_NAMES)} (voisin·e)`,
      note: '',
    }));

  return { areas, producers, offers, groups, members, groupMembers, contracts, distributions, absences, bigDistributionId };
}

/** The dataset as the mutations that create it, in an order where every reference already exists. */
export function largeDatasetMutations(dataset: LargeDataset): SeedMutation[] {
  const as =
    <N extends MutationName>(name: N) =>
    (args: MutationArgs<N>) =>
      ({ name, args }) as SeedMutation;
  return [
    ...dataset.areas.map(as('area.create')),
    ...dataset.producers.map(as('producer.create')),
    ...dataset.offers.map(as('offer.create')),
    ...dataset.groups.map(as('group.create')),
    ...dataset.members.map(as('member.signUp')),
    ...dataset.groupMembers.map(as('groupMember.add')),
    ...dataset.contracts.map(as('contract.create')),
    ...dataset.distributions.map(as('distribution.create')),
    ...dataset.absences.map(as('absence.declare')),
  ];
}
