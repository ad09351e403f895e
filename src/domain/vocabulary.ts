/**
 * The fixed vocabularies of the territory (kinds of areas, groups, events, sales statuses, rhythms). Kept apart
 * from the zod schemas so that screens can list them without loading the validation library.
 */
export const AREA_KINDS = ['quarter', 'commune'] as const;
export const SALES_STATUSES = ['direct', 'settingUp', 'diversifying'] as const;
export const GROUP_KINDS = ['amap', 'consumerGroup', 'onlineOrder', 'solidarityGrocery'] as const;
export const RHYTHMS = ['weekly', 'fortnightly', 'monthly', 'other'] as const;
export const EVENT_KINDS = ['festivalStand', 'roundTable', 'quarterCouncil', 'producersMeeting'] as const;

export type AreaKind = (typeof AREA_KINDS)[number];
export type SalesStatus = (typeof SALES_STATUSES)[number];
export type GroupKind = (typeof GROUP_KINDS)[number];
export type Rhythm = (typeof RHYTHMS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
