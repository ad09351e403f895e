/** Test factories: valid mutation arguments with sensible defaults, overridable per test. */
import type { Basket } from '../../src/domain/distribution/baskets';
import { CURRENT_CONSENT_VERSION } from '../../src/domain/people/consent';
import { newId } from '../../src/domain/rows/ids';
import type { MutationArgs } from '../../src/domain/mutations/registry';

let counter = 0;
const next = () => ++counter;

export function signUpArgs(overrides: Partial<MutationArgs<'member.signUp'>> = {}): MutationArgs<'member.signUp'> {
  const at = new Date('2026-06-20T15:00:00.000Z').toISOString();
  return {
    id: newId(),
    firstName: `Camille${next()}`,
    lastName: 'Martin',
    phone: '06 12 34 56 78',
    email: '',
    noContact: false,
    quarterId: null,
    householdSize: null,
    interests: ['vegetables'],
    notes: '',
    signupEventId: null,
    signupDeviceId: 'test-device',
    signupDeviceName: 'Téléphone de test',
    signupAt: at,
    consentGiven: true,
    consentTextVersion: CURRENT_CONSENT_VERSION,
    consentAt: at,
    consentDeviceId: 'test-device',
    ...overrides,
  };
}

export function areaArgs(overrides: Partial<MutationArgs<'area.create'>> = {}): MutationArgs<'area.create'> {
  return { id: newId(), name: `Quartier ${next()}`, kind: 'quarter', ...overrides };
}

export function producerArgs(overrides: Partial<MutationArgs<'producer.create'>> = {}): MutationArgs<'producer.create'> {
  return {
    id: newId(),
    name: `Productrice ${next()}`,
    farm: 'La Ferme du Clain',
    communeId: null,
    productKinds: ['vegetables'],
    organic: true,
    salesStatus: 'direct',
    phone: '',
    email: '',
    notes: '',
    ...overrides,
  };
}

export function groupArgs(overrides: Partial<MutationArgs<'group.create'>> = {}): MutationArgs<'group.create'> {
  return {
    id: newId(),
    name: `AMAP ${next()}`,
    kind: 'amap',
    quarterId: null,
    place: 'Maison de quartier',
    rhythm: 'weekly',
    rhythmNote: '',
    ...overrides,
  };
}

export function eventArgs(overrides: Partial<MutationArgs<'event.create'>> = {}): MutationArgs<'event.create'> {
  return {
    id: newId(),
    name: `Fête de quartier ${next()}`,
    kind: 'festivalStand',
    date: '2026-06-20',
    place: 'Place',
    quarterId: null,
    ...overrides,
  };
}

export function offerArgs(producerId: string, overrides: Partial<MutationArgs<'offer.create'>> = {}): MutationArgs<'offer.create'> {
  return {
    id: newId(),
    producerId,
    name: `Panier de légumes ${next()}`,
    productKind: 'vegetables',
    unit: 'basket',
    defaultPriceCents: 1500,
    ...overrides,
  };
}

export function contractArgs(
  refs: { memberId: string; groupId: string; offerId: string },
  overrides: Partial<MutationArgs<'contract.create'>> = {},
): MutationArgs<'contract.create'> {
  return {
    id: newId(),
    ...refs,
    kind: 'season',
    startDate: '2026-04-01',
    endDate: '2026-09-30',
    deliveryDates: ['2026-04-07', '2026-04-14', '2026-04-21'],
    quantity: 1,
    size: 'medium',
    pricePerDeliveryCents: 1500,
    notes: '',
    ...overrides,
  };
}

export function distributionArgs(
  groupId: string,
  overrides: Partial<MutationArgs<'distribution.create'>> = {},
): MutationArgs<'distribution.create'> {
  return {
    id: newId(),
    groupId,
    date: '2026-04-07',
    startTime: '18:00',
    endTime: '19:30',
    place: 'Maison de quartier',
    volunteersNeeded: 2,
    notes: '',
    ...overrides,
  };
}

export function partnerArgs(overrides: Partial<MutationArgs<'partner.create'>> = {}): MutationArgs<'partner.create'> {
  return {
    id: newId(),
    name: `Association ${next()}`,
    kind: 'farmersAssociation',
    contactName: '',
    phone: '',
    email: '',
    notes: '',
    ...overrides,
  };
}

export function initiativeArgs(overrides: Partial<MutationArgs<'initiative.create'>> = {}): MutationArgs<'initiative.create'> {
  return { id: newId(), name: `Viande et boucherie ${next()}`, productKinds: ['meat'], description: '', ...overrides };
}

export function outletArgs(overrides: Partial<MutationArgs<'outlet.create'>> = {}): MutationArgs<'outlet.create'> {
  return {
    id: newId(),
    name: `Boucherie ${next()}`,
    kind: 'butcher',
    quarterId: null,
    address: '',
    productKinds: ['meat'],
    producerIds: [],
    initiativeId: null,
    since: null,
    notes: '',
    ...overrides,
  };
}

/** A pending season basket of one unit, overridable per test. */
export function basketOf(overrides: Partial<Basket> & Pick<Basket, 'contractId' | 'memberId' | 'number'>): Basket {
  return {
    producerId: 'p',
    offerId: 'o',
    quantity: 1,
    size: null,
    kind: 'season',
    proxyName: null,
    status: 'pending',
    collectedBy: '',
    ...overrides,
  };
}

/** A contract's plan of `count` cheques, one a month from April 2026, of `amountCents` each. */
export function paymentPlanArgs(contractId: string, count = 3, amountCents = 1500): MutationArgs<'payment.planSet'> {
  return {
    contractId,
    instalments: Array.from({ length: count }, (_, i) => ({
      amountCents,
      dueMonth: `2026-0${4 + (i % 6)}`,
      method: 'cheque' as const,
      chequeNumber: `${1000 + i}`,
      bank: 'Banque Populaire',
    })),
  };
}

/** Instalment `index` of a contract received at the table on the day given. */
export function paymentReceiveArgs(
  contractId: string,
  index: number,
  receivedOn: string | null = '2026-04-07',
): MutationArgs<'payment.receive'> {
  return {
    contractId,
    index,
    amountCents: 1500,
    dueMonth: `2026-0${4 + (index % 6)}`,
    method: 'cheque',
    chequeNumber: `${1000 + index}`,
    bank: 'Banque Populaire',
    receivedOn,
  };
}
