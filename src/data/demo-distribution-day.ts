/**
 * The example's distribution day: producers' offers, a season of contracts in a weekly AMAP and a monthly consumer
 * group, their distributions (past ones checked off, the next one with an absence, a proxy and volunteers, future
 * ones), so that every distribution screen has something to show. Dates are placed around `now`.
 */
import type { BasketSize, PickupStatus, Unit } from '../domain/distribution/distribution-entities';
import { deliveryDatesFor } from '../domain/distribution/delivery-dates';
import type { Rhythm } from '../domain/people/entities';
import { newId } from '../domain/rows/ids';
import type { DemoDataset } from '../domain/mutations/demo-mutations';
import type { ProductKind } from '../domain/people/product-kinds';

type OfferSeed = [producer: string, name: string, kind: ProductKind, unit: Unit, priceCents: number];
const OFFERS = {
  vegBasket: ['Margot Sillon', 'Panier de légumes', 'vegetables', 'basket', 1800],
  potatoes: ['Margot Sillon', 'Pommes de terre', 'vegetables', 'kg', 250],
  apples: ['Bruno Verger', 'Pommes de saison', 'fruit', 'kg', 280],
  appleJuice: ['Bruno Verger', 'Jus de pomme', 'fruit', 'litre', 350],
  eggs: ['Sophie Coquille', 'Œufs plein air', 'eggs', 'dozen', 420],
  chicken: ['Sophie Coquille', 'Poulet fermier', 'poultry', 'piece', 1600],
  sourdough: ['Yann Levain', 'Pain au levain', 'bread', 'loaf', 550],
  porkBox: ['Gilles Lardon', 'Caissette de porc (5 kg)', 'pork', 'basket', 6500],
  organicChicken: ['Nadia Plume', 'Poulet bio', 'poultry', 'piece', 2100],
  squab: ['Éric Colombier', 'Pigeonneau', 'pigeon', 'piece', 1400],
  crottin: ['Léa Chabichou', 'Crottin de chèvre', 'goatCheese', 'piece', 350],
  log: ['Léa Chabichou', 'Bûche cendrée', 'goatCheese', 'piece', 600],
  limeHoney: ['Hugo Rucher', 'Miel de tilleul', 'honey', 'jar', 900],
  rapeHoney: ['Hugo Rucher', 'Miel de colza', 'honey', 'jar', 750],
  beefBox: ['Annie Pâture', 'Colis de bœuf (5 kg)', 'meat', 'basket', 8500],
  gardenBasket: ['Karim Potager', 'Panier du potager', 'vegetables', 'basket', 1500],
  countryLoaf: ['Julie Grain', 'Pain de campagne', 'bread', 'loaf', 480],
  lentils: ['Julie Grain', 'Lentilles vertes', 'other', 'kg', 600],
  organicEggs: ['Paul Basse-Cour', 'Œufs bio', 'eggs', 'dozen', 480],
  freshCheese: ['Inès Bergerie', 'Fromage de chèvre frais', 'goatCheese', 'piece', 300],
  lambBox: ['Inès Bergerie', 'Colis d’agneau', 'meat', 'basket', 7000],
  serreBasket: ['Rémi Maraîcher', 'Panier de légumes', 'vegetables', 'basket', 1400],
} satisfies Record<string, OfferSeed>;
type OfferKey = keyof typeof OFFERS;

type ContractSeed = [member: string, offer: OfferKey, quantity: number, size: BasketSize | null, notes?: string];
interface SeasonSeed {
  group: string;
  /** UTC day of the week of the weekly distributions (0 = Sunday); a monthly one falls a few days from now. */
  weekday: number;
  startTime: string;
  endTime: string;
  volunteersNeeded: number;
  contracts: ContractSeed[];
  /** One-off orders, delivered at the next distribution. */
  oneOff: ContractSeed[];
  /** At the next distribution: who is away (proxy '' = no one collects), who lends a hand. */
  absences: [member: string, proxyName: string, note: string][];
  volunteers: [member: string, task: string][];
}

const SEASONS: SeasonSeed[] = [
  {
    group: 'AMAP des Trois-Cités',
    weekday: 2,
    startTime: '18:00',
    endTime: '19:30',
    volunteersNeeded: 2,
    contracts: [
      ['Alice', 'vegBasket', 1, 'large'],
      ['Alice', 'eggs', 1, null],
      ['Alice', 'sourdough', 1, null],
      ['Bastien', 'vegBasket', 1, 'small', 'Sans céleri, merci.'],
      ['Bastien', 'sourdough', 1, null],
      ['Bastien', 'eggs', 1, null],
      ['Octave', 'vegBasket', 1, 'medium'],
      ['Jules', 'vegBasket', 1, 'medium'],
      ['Jules', 'crottin', 2, null],
    ],
    oneOff: [['Octave', 'chicken', 1, null]],
    absences: [
      ['Bastien', '', 'En vacances'],
      ['Alice', 'Claire Potiron', ''],
    ],
    volunteers: [
      ['Jules', 'Accueil et émargement'],
      ['Octave', 'Installation des tables'],
    ],
  },
  {
    group: 'Groupement d’achat des Couronneries',
    weekday: -1,
    startTime: '10:00',
    endTime: '12:00',
    volunteersNeeded: 2,
    contracts: [
      ['Driss', 'porkBox', 1, null],
      ['Nour', 'organicEggs', 2, null],
      ['Nour', 'gardenBasket', 1, 'medium'],
      ['Sami', 'countryLoaf', 2, null],
      ['Sami', 'lentils', 1, null],
      ['Inès', 'organicEggs', 1, null],
      ['Inès', 'organicChicken', 1, null],
    ],
    oneOff: [['Driss', 'limeHoney', 2, null]],
    absences: [],
    volunteers: [['Nour', 'Répartition des commandes']],
  },
];

/** Who collected a basket instead of its member, in turn. */
const OTHER_COLLECTORS = ['Marc, le voisin', 'Léonie (sa fille)', 'Paul Potiron'];

const SIZE_PRICE: Record<BasketSize, number> = { small: 2 / 3, medium: 1, large: 4 / 3 };
const DAY_MS = 24 * 60 * 60 * 1000;
const SEASON_WEEKS_BEFORE = 8;
const SEASON_DAYS_AFTER = 120;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** The first delivery of the season and the group's rhythm: about two months back, one due in the next days. */
function seasonStart(today: Date, weekday: number): { first: Date; rhythm: Rhythm } {
  if (weekday >= 0) return { first: addDays(today, ((weekday - today.getUTCDay() + 7) % 7) - 7 * SEASON_WEEKS_BEFORE), rhythm: 'weekly' };
  // A monthly date keeps its day of the month: stay on days every month has.
  let next = addDays(today, 3);
  while (next.getUTCDate() > 28) next = addDays(next, 1);
  const first = new Date(next);
  first.setUTCMonth(next.getUTCMonth() - 2);
  return { first, rhythm: 'monthly' };
}

function pickupStatus(count: number): PickupStatus {
  if (count % 12 === 5) return 'notCollected';
  if (count % 9 === 4) return 'collectedByOther';
  return 'collected';
}

function byName<T>(rows: readonly T[], name: (row: T) => string, wanted: string): T {
  const row = rows.find((candidate) => name(candidate) === wanted);
  if (!row) throw new Error(`demo dataset: no ${wanted}`);
  return row;
}

type DistributionDayRows = Pick<DemoDataset, 'offers' | 'contracts' | 'distributions' | 'absences' | 'pickups' | 'volunteers'>;

export function buildDemoDistributionDay(
  now: Date,
  refs: Pick<DemoDataset, 'producers' | 'groups' | 'members'>,
  deviceId: string,
): DistributionDayRows {
  const offerIds = new Map<OfferKey, string>();
  const offers = (Object.entries(OFFERS) as [OfferKey, OfferSeed][]).map(
    ([key, [producer, name, productKind, unit, defaultPriceCents]]) => {
      const id = newId();
      offerIds.set(key, id);
      return { id, producerId: byName(refs.producers, (p) => p.name, producer).id, name, productKind, unit, defaultPriceCents };
    },
  );
  const offerOf = (key: OfferKey) => byName(offers, (o) => o.id, offerIds.get(key) ?? '');
  const memberId = (firstName: string) => byName(refs.members, (m) => m.firstName, firstName).id;

  const today = new Date(`${isoDay(now)}T12:00:00Z`);
  const todayIso = isoDay(today);
  const end = isoDay(addDays(today, SEASON_DAYS_AFTER));
  const rows: DistributionDayRows = { offers, contracts: [], distributions: [], absences: [], pickups: [], volunteers: [] };
  let basketCount = 0;
  let collectedByOthers = 0;

  for (const season of SEASONS) {
    const group = byName(refs.groups, (g) => g.name, season.group);
    const { first, rhythm } = seasonStart(today, season.weekday);
    const dates = deliveryDatesFor(isoDay(first), end, rhythm);
    const nextDate = dates.find((date) => date >= todayIso) ?? todayIso;
    const contract = ([member, key, quantity, size, notes = '']: ContractSeed, kind: 'season' | 'oneOff') => {
      const offer = offerOf(key);
      const deliveryDates = kind === 'season' ? dates : [nextDate];
      return {
        id: newId(),
        memberId: memberId(member),
        groupId: group.id,
        offerId: offer.id,
        kind,
        startDate: deliveryDates[0],
        endDate: kind === 'season' ? end : nextDate,
        deliveryDates,
        quantity,
        size,
        pricePerDeliveryCents: Math.round(offer.defaultPriceCents * quantity * (size ? SIZE_PRICE[size] : 1)),
        notes,
      };
    };
    const contracts = [
      ...season.contracts.map((seed) => contract(seed, 'season')),
      ...season.oneOff.map((seed) => contract(seed, 'oneOff')),
    ];
    rows.contracts.push(...contracts);

    for (const date of dates) {
      const distribution = {
        id: newId(),
        groupId: group.id,
        date,
        startTime: season.startTime,
        endTime: season.endTime,
        place: group.place,
        volunteersNeeded: season.volunteersNeeded,
        notes: date === dates[0] ? 'Première distribution de la saison.' : '',
      };
      rows.distributions.push(distribution);
      if (date === nextDate) {
        const distributionId = distribution.id;
        for (const [member, proxyName, note] of season.absences)
          rows.absences.push({ distributionId, memberId: memberId(member), proxyName, note });
        for (const [member, task] of season.volunteers) rows.volunteers.push({ distributionId, memberId: memberId(member), task });
      }
      if (date >= todayIso) continue;
      // Past distributions were checked off: most baskets collected, a few by someone else, a few left behind.
      const opening = new Date(`${date}T${season.startTime}:00Z`).getTime();
      for (const due of contracts.filter((c) => c.deliveryDates.includes(date))) {
        basketCount += 1;
        const status = pickupStatus(basketCount);
        if (status === 'collectedByOther') collectedByOthers += 1;
        rows.pickups.push({
          distributionId: distribution.id,
          contractId: due.id,
          status,
          collectedBy: status === 'collectedByOther' ? OTHER_COLLECTORS[collectedByOthers % OTHER_COLLECTORS.length] : '',
          recordedAt: new Date(opening + (basketCount % 80) * 60_000).toISOString(),
          deviceId,
        });
      }
    }
  }
  return rows;
}
