/** What the overview is computed from and what it gives: the figures of a period, per quarter and for the territory. */
import type { Absence, Contract, Distribution, Pickup } from '../distribution/distribution-entities';
import type { Area, EventRow, Group, Member, Producer } from '../people/entities';
import type { ProductKind } from '../people/product-kinds';
import type { Payment } from '../payments/payment-entities';
import type { Attendance, Initiative, Outlet, Partner } from '../programme/programme-entities';
import type { AreaKind, EventKind, GroupKind, MobilisationStep, OutletKind } from '../people/vocabulary';

export interface OverviewData {
  areas: readonly Area[];
  groups: readonly Group[];
  members: readonly Member[];
  contracts: readonly Contract[];
  producers: readonly Producer[];
  outlets: readonly Outlet[];
  initiatives: readonly Initiative[];
  distributions: readonly Distribution[];
  pickups: readonly Pickup[];
  absences: readonly Absence[];
  events: readonly EventRow[];
  attendance: readonly Attendance[];
  partners: readonly Partner[];
  /** Contracts' instalments: the payments figure counts those due in the period and those received. */
  payments: readonly Pick<Payment, 'groupId' | 'dueMonth' | 'receivedOn' | 'deleted'>[];
}

export interface OverviewOptions {
  /** Calendar days (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  today: string;
  /** Loyal: collected at `atLeast` of the last `of` distributions held for them in the period. */
  loyalty: { atLeast: number; of: number };
}

/** A count, or "<5" once masked for an export. */
export type Count = number | '<5';
export const SMALL_COUNT = '<5';

/** A part of a whole; the rate is null when there is no whole, or when masking hides a small part or whole. */
export interface Share<C extends Count = number> {
  part: C;
  of: C;
  rate: number | null;
}

export interface Figures<C extends Count = number> {
  groups: Record<GroupKind | 'total', C>;
  people: { members: C; newSignups: C };
  activeContracts: C;
  /** Mobilised producers (interested or selling, or supplying under an active contract); `organic.of` is the mobilised count. */
  producers: { mobilised: C; organic: Share<C>; byProductKind: Record<ProductKind, C> };
  outlets: { total: C; sourcing: C; byKind: Record<OutletKind, C> };
  /** pickups: baskets collected (by the member or someone else) out of the baskets due. */
  distributions: { held: C; pickups: Share<C> };
  /** loyal members out of the members who had a basket due. */
  loyalty: Share<C>;
  /** Instalments received out of those due in the period's months (counted, not summed: it is masked as the rest). */
  payments: Share<C>;
  events: { held: C; signups: C; attendees: C };
}

export interface QuarterFigures<C extends Count = number> {
  /** null: the "no quarter" row. */
  areaId: string | null;
  name: string;
  kind: AreaKind | null;
  figures: Figures<C>;
}

export interface EventFigure<C extends Count = number> {
  id: string;
  name: string;
  kind: EventKind;
  date: string;
  areaId: string | null;
  signups: C;
  membersPresent: C;
  producersPresent: C;
  visitors: C;
  /** Named members and producers present, plus the visitors not named. */
  attendees: C;
  partners: C;
}

export interface MonthFigure<C extends Count = number> {
  /** YYYY-MM */
  month: string;
  signups: C;
  distributions: C;
}

export interface OverviewResult<C extends Count = number> {
  period: { from: string; to: string; today: string };
  territory: Figures<C> & {
    producersByStep: Record<MobilisationStep, C>;
    outletsByInitiative: { initiativeId: string; name: string; outlets: C; sourcing: C }[];
    partnersInvolved: C;
  };
  quarters: QuarterFigures<C>[];
  events: EventFigure<C>[];
  months: MonthFigure<C>[];
}
