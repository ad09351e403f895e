/**
 * The example territory offered on an empty device: a Poitiers-like city with its quarters and neighbouring
 * communes, invented producers, consumer groups, events and members, and a distribution day
 * (demo-distribution-day.ts). Every name, phone number and address is fictional (phones in the 06 00 00 00 xx
 * range, e-mails @exemple.fr). Ids are fresh on every call, so loading the example on two phones makes two
 * distinct sets, never a clash.
 */
import { CURRENT_CONSENT_VERSION } from '../domain/people/consent';
import { buildDemoDistributionDay } from './demo-distribution-day';
import type { EventKind, GroupKind, Rhythm, SalesStatus } from '../domain/people/entities';
import { newId } from '../domain/rows/ids';
import type { DemoDataset } from '../domain/mutations/demo-mutations';
import type { ProductKind } from '../domain/people/product-kinds';

export const DEMO_DEVICE_ID = 'demo';

const QUARTERS = ['Poitiers Sud', 'Trois-Cités', 'Poitiers Ouest', 'Couronneries', 'Beaulieu'] as const;
const COMMUNES = ['Migné-Auxances', 'Buxerolles', 'Saint-Benoît', 'Chasseneuil-du-Poitou', 'Vouneuil-sous-Biard'] as const;
type QuarterName = (typeof QUARTERS)[number];
type CommuneName = (typeof COMMUNES)[number];

type ProducerSeed = [
  name: string,
  farm: string,
  commune: CommuneName,
  kinds: ProductKind[],
  organic: boolean,
  status: SalesStatus,
  notes: string,
];
const PRODUCERS: ProducerSeed[] = [
  ['Margot Sillon', 'Les Jardins du Sillon', 'Migné-Auxances', ['vegetables'], true, 'direct', 'Paniers de légumes toute l’année.'],
  ['Bruno Verger', 'Vergers de la Boivre', 'Vouneuil-sous-Biard', ['fruit'], true, 'direct', 'Pommes, poires, jus.'],
  ['Sophie Coquille', 'La Poule Rousse', 'Buxerolles', ['eggs', 'poultry'], false, 'direct', ''],
  ['Yann Levain', 'Fournil du Clain', 'Saint-Benoît', ['bread'], true, 'direct', 'Pain au levain, cuisson au feu de bois.'],
  ['Gilles Lardon', 'Ferme des Trois Chênes', 'Chasseneuil-du-Poitou', ['pork', 'meat'], false, 'diversifying', 'Vente en caissettes.'],
  ['Nadia Plume', 'Volailles de la Pallu', 'Migné-Auxances', ['poultry'], true, 'settingUp', ''],
  [
    'Éric Colombier',
    'Pigeonnier du Miosson',
    'Vouneuil-sous-Biard',
    ['pigeon'],
    false,
    'settingUp',
    'Premières ventes prévues au printemps.',
  ],
  ['Léa Chabichou', 'Chèvrerie des Grands Prés', 'Buxerolles', ['goatCheese'], true, 'direct', ''],
  ['Hugo Rucher', 'Miellerie du Coteau', 'Saint-Benoît', ['honey'], true, 'direct', 'Miel de tilleul et de colza.'],
  ['Annie Pâture', 'Élevage du Pré Vert', 'Chasseneuil-du-Poitou', ['meat'], false, 'direct', 'Bœuf et veau en colis.'],
  ['Karim Potager', 'Le Potager Partagé', 'Buxerolles', ['vegetables', 'fruit'], false, 'diversifying', ''],
  ['Julie Grain', 'Moulin de la Feuillante', 'Migné-Auxances', ['bread', 'other'], true, 'diversifying', 'Farines et lentilles.'],
  ['Paul Basse-Cour', 'Ferme de la Mare', 'Saint-Benoît', ['eggs'], true, 'settingUp', ''],
  ['Inès Bergerie', 'Ferme du Petit Bois', 'Vouneuil-sous-Biard', ['goatCheese', 'meat'], false, 'direct', ''],
  ['Rémi Maraîcher', 'Les Serres du Clain', 'Chasseneuil-du-Poitou', ['vegetables'], false, 'settingUp', 'Installation en cours sur 2 ha.'],
];

type GroupSeed = [name: string, kind: GroupKind, quarter: QuarterName, place: string, rhythm: Rhythm, rhythmNote: string];
const GROUPS: GroupSeed[] = [
  ['AMAP des Trois-Cités', 'amap', 'Trois-Cités', 'Maison de quartier, rue Fictive', 'weekly', 'Le mardi, 18 h – 19 h 30'],
  ['AMAP de Beaulieu', 'amap', 'Beaulieu', 'Salle des fêtes de l’Exemple', 'weekly', 'Le jeudi soir'],
  ['Groupement d’achat des Couronneries', 'consumerGroup', 'Couronneries', 'Local associatif, place Imaginaire', 'monthly', ''],
  ['Groupement d’achat Poitiers Sud', 'consumerGroup', 'Poitiers Sud', 'Centre social Sud', 'fortnightly', ''],
  [
    'Panier en ligne Poitiers Ouest',
    'onlineOrder',
    'Poitiers Ouest',
    'Retrait à l’école des Tilleuls',
    'weekly',
    'Commande avant le lundi midi',
  ],
  ['Clic & Récolte Beaulieu', 'onlineOrder', 'Beaulieu', 'Parking du marché', 'fortnightly', ''],
  ['Épicerie solidaire du Sud', 'solidarityGrocery', 'Poitiers Sud', 'Rue de l’Entraide', 'other', 'Ouverte mercredi et samedi'],
  ['Épicerie solidaire des Couronneries', 'solidarityGrocery', 'Couronneries', 'Galerie du Plateau', 'weekly', ''],
];

type EventSeed = [name: string, kind: EventKind, quarter: QuarterName, place: string, daysFromNow: number];
const EVENTS: EventSeed[] = [
  ['Fête de quartier des Trois-Cités', 'festivalStand', 'Trois-Cités', 'Place de la Fête', -20],
  ['Table ronde « Manger local »', 'roundTable', 'Couronneries', 'Médiathèque du Plateau', -6],
  ['Rencontre de producteurs à Beaulieu', 'producersMeeting', 'Beaulieu', 'Salle des fêtes de l’Exemple', 14],
];

type MemberSeed = [
  firstName: string,
  lastName: string,
  quarter: QuarterName,
  interests: ProductKind[],
  householdSize: number | null,
  groups: number[],
];
const MEMBERS: MemberSeed[] = [
  ['Alice', 'Potiron', 'Trois-Cités', ['vegetables', 'fruit'], 3, [0]],
  ['Bastien', 'Navet', 'Trois-Cités', ['bread', 'eggs'], 1, [0]],
  ['Chloé', 'Radis', 'Beaulieu', ['vegetables'], 4, [1, 5]],
  ['Driss', 'Poireau', 'Couronneries', ['meat', 'pork'], 2, [2]],
  ['Élodie', 'Cerise', 'Poitiers Sud', ['fruit', 'honey'], 2, [3]],
  ['Fatou', 'Groseille', 'Poitiers Sud', ['vegetables', 'goatCheese'], 5, [6]],
  ['Gaspard', 'Panais', 'Poitiers Ouest', ['bread'], 1, [4]],
  ['Hélène', 'Myrtille', 'Beaulieu', ['honey', 'fruit'], null, [1]],
  ['Inès', 'Rhubarbe', 'Couronneries', ['eggs', 'poultry'], 3, [7, 2]],
  ['Jules', 'Cresson', 'Trois-Cités', ['vegetables'], 2, [0]],
  ['Karima', 'Noisette', 'Poitiers Ouest', ['goatCheese', 'bread'], 4, [4]],
  ['Lucas', 'Fenouil', 'Poitiers Sud', ['pork'], 1, []],
  ['Maëlle', 'Framboise', 'Beaulieu', ['fruit'], 3, [5]],
  ['Nour', 'Châtaigne', 'Couronneries', ['vegetables', 'eggs'], 6, [2, 7]],
  ['Octave', 'Topinambour', 'Trois-Cités', ['pigeon', 'poultry'], 2, [0]],
  ['Paula', 'Mirabelle', 'Poitiers Sud', ['honey'], null, []],
  ['Quentin', 'Courge', 'Poitiers Ouest', ['vegetables', 'meat'], 4, [4]],
  ['Rose', 'Pissenlit', 'Beaulieu', ['goatCheese'], 1, [1]],
  ['Sami', 'Betterave', 'Couronneries', ['bread', 'vegetables'], 3, [2]],
  ['Théo', 'Artichaut', 'Poitiers Sud', ['other'], 2, [3, 6]],
];

const DAY_MS = 24 * 60 * 60 * 1000;

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

function emailPart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Builds a fresh example dataset; dates are placed around `now`, so the events look recent whenever it is loaded. */
export function buildDemoDataset(now: Date = new Date()): DemoDataset {
  const areaIds = new Map<string, string>();
  const areas = [
    ...QUARTERS.map((name) => ({ name, kind: 'quarter' as const })),
    ...COMMUNES.map((name) => ({ name, kind: 'commune' as const })),
  ].map((area) => {
    const id = newId();
    areaIds.set(area.name, id);
    return { id, ...area };
  });
  const areaId = (name: string): string => areaIds.get(name) ?? '';

  const producers = PRODUCERS.map(([name, farm, commune, productKinds, organic, salesStatus, notes], index) => ({
    id: newId(),
    name,
    farm,
    communeId: areaId(commune),
    productKinds,
    organic,
    salesStatus,
    // Every other producer gives a phone, the others an e-mail, so both kinds of contact show up.
    phone: index % 2 === 0 ? `06 00 00 00 ${twoDigits(index + 50)}` : '',
    email: index % 2 === 0 ? '' : `producteur${index + 1}@exemple.fr`,
    notes,
  }));

  const groups = GROUPS.map(([name, kind, quarter, place, rhythm, rhythmNote]) => ({
    id: newId(),
    name,
    kind,
    quarterId: areaId(quarter),
    place,
    rhythm,
    rhythmNote,
  }));

  const events = EVENTS.map(([name, kind, quarter, place, daysFromNow]) => ({
    id: newId(),
    name,
    kind,
    date: new Date(now.getTime() + daysFromNow * DAY_MS).toISOString().slice(0, 10),
    place,
    quarterId: areaId(quarter),
  }));
  const pastEvents = events.filter((_, index) => EVENTS[index][4] <= 0);

  const members: DemoDataset['members'] = MEMBERS.map(([firstName, lastName, quarter, interests, householdSize], index) => {
    // Most members signed up at a past event's stand, a few directly; all gave the current consent.
    const event = index % 4 === 3 ? null : pastEvents[index % pastEvents.length];
    const signupAt = event ? `${event.date}T15:${twoDigits(index)}:00.000Z` : new Date(now.getTime() - 2 * DAY_MS).toISOString();
    return {
      id: newId(),
      firstName,
      lastName,
      phone: index % 3 === 2 ? '' : `06 00 00 00 ${twoDigits(index + 1)}`,
      email: index % 3 === 0 ? '' : `${emailPart(firstName)}.${emailPart(lastName)}@exemple.fr`,
      noContact: false,
      quarterId: areaId(quarter),
      householdSize,
      interests,
      notes: '',
      signupEventId: event?.id ?? null,
      signupDeviceId: DEMO_DEVICE_ID,
      signupDeviceName: 'Exemple',
      signupAt,
      consentGiven: true,
      consentTextVersion: CURRENT_CONSENT_VERSION,
      consentAt: signupAt,
      consentDeviceId: DEMO_DEVICE_ID,
    };
  });

  const groupMembers = MEMBERS.flatMap(([, , , , , groupIndexes], memberIndex) =>
    groupIndexes.map((groupIndex) => ({ groupId: groups[groupIndex].id, memberId: members[memberIndex].id })),
  );

  const distributionDay = buildDemoDistributionDay(now, { producers, groups, members }, DEMO_DEVICE_ID);
  return { areas, producers, groups, events, members, groupMembers, ...distributionDay };
}
