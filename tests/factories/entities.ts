/** Test factories: valid mutation arguments with sensible defaults, overridable per test. */
import { CURRENT_CONSENT_VERSION } from '../../src/domain/consent';
import { newId } from '../../src/domain/ids';
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
  return { id: newId(), name: `Fête de quartier ${next()}`, kind: 'festivalStand', date: '2026-06-20', place: 'Place', quarterId: null, ...overrides };
}
