/**
 * The fixed vocabularies of the territory (kinds of areas, groups, events, sales statuses, rhythms). Kept apart
 * from the zod schemas so that screens can list them without loading the validation library.
 */
export const AREA_KINDS = ['quarter', 'commune'] as const;
export const SALES_STATUSES = ['direct', 'settingUp', 'diversifying'] as const;
export const GROUP_KINDS = ['amap', 'consumerGroup', 'onlineOrder', 'solidarityGrocery'] as const;
export const RHYTHMS = ['weekly', 'fortnightly', 'monthly', 'other'] as const;
export const EVENT_KINDS = ['festivalStand', 'roundTable', 'quarterCouncil', 'producersMeeting'] as const;
/** A producer's step towards selling in the territory's short circuits. */
export const MOBILISATION_STEPS = ['contacted', 'interested', 'selling'] as const;
export const PARTNER_KINDS = [
  'farmersAssociation',
  'organicNetwork',
  'chamber',
  'university',
  'quarterCouncil',
  'localAuthority',
  'energyAgency',
  'association',
  'other',
] as const;
export const OUTLET_KINDS = ['butcher', 'grocer', 'bakery', 'solidarityGrocery', 'restaurant', 'market', 'other'] as const;
export const ATTENDEE_KINDS = ['member', 'producer'] as const;

export type AreaKind = (typeof AREA_KINDS)[number];
export type SalesStatus = (typeof SALES_STATUSES)[number];
export type GroupKind = (typeof GROUP_KINDS)[number];
export type Rhythm = (typeof RHYTHMS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type MobilisationStep = (typeof MOBILISATION_STEPS)[number];
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export type OutletKind = (typeof OUTLET_KINDS)[number];
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];
