/**
 * A contract as its form holds it (typed text, ticked dates) and back to the fields the mutation checks.
 * Delivery dates are the group's rhythm between start and end, plus dates added by hand, minus dates unticked:
 * changing the season regenerates the list and keeps the user's own choices.
 */
import type { BasketSize, ContractFields } from './distribution-entities';
import { deliveryDatesFor } from './delivery-dates';
import type { Rhythm } from '../people/entities';
import type { FieldIssue } from '../mutations/define';
import { centsToInput, parseEuros } from '../format/money';

export type ContractKind = ContractFields['kind'];

export interface ContractFormValues {
  memberId: string;
  groupId: string;
  offerId: string;
  kind: ContractKind;
  startDate: string;
  endDate: string;
  /** Dates added by hand (and, on edit, the stored dates). */
  added: string[];
  /** Dates of the rhythm the user unticked. */
  unticked: string[];
  /** The single date of a one-off order. */
  oneOffDate: string;
  quantity: string;
  size: BasketSize | '';
  price: string;
  notes: string;
}

export const EMPTY_CONTRACT_FORM: ContractFormValues = {
  memberId: '',
  groupId: '',
  offerId: '',
  kind: 'season',
  startDate: '',
  endDate: '',
  added: [],
  unticked: [],
  oneOffDate: '',
  quantity: '1',
  size: '',
  price: '',
  notes: '',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every date the list shows (ticked or not), in order. */
export function candidateDates(values: Pick<ContractFormValues, 'startDate' | 'endDate' | 'added'>, rhythm: Rhythm | undefined): string[] {
  const generated =
    rhythm && ISO_DATE.test(values.startDate) && ISO_DATE.test(values.endDate)
      ? deliveryDatesFor(values.startDate, values.endDate, rhythm)
      : [];
  return [...new Set([...generated, ...values.added])].sort();
}

export function deliveryDatesOf(values: ContractFormValues, rhythm: Rhythm | undefined): string[] {
  if (values.kind === 'oneOff') return values.oneOffDate ? [values.oneOffDate] : [];
  return candidateDates(values, rhythm).filter((date) => !values.unticked.includes(date));
}

export function toggleDate(values: ContractFormValues, date: string): Pick<ContractFormValues, 'unticked'> {
  const unticked = values.unticked.includes(date) ? values.unticked.filter((d) => d !== date) : [...values.unticked, date];
  return { unticked };
}

/** Adds a date by hand (ticked, even if it had been unticked). */
export function addDate(values: ContractFormValues, date: string): Pick<ContractFormValues, 'added' | 'unticked'> {
  return {
    added: values.added.includes(date) ? values.added : [...values.added, date],
    unticked: values.unticked.filter((d) => d !== date),
  };
}

/** "1,5" or "1.5" → 1.5; null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const compact = text.trim().replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(compact) ? Number(compact) : null;
}

export type ContractDraft = Omit<ContractFields, 'producerId'>;

/** A stored contract's own fields, to compare an edit with. */
export function draftOf(contract: ContractDraft): ContractDraft {
  const { memberId, groupId, offerId, kind, startDate, endDate, deliveryDates, quantity, size, pricePerDeliveryCents, notes } = contract;
  return {
    memberId,
    groupId,
    offerId,
    kind,
    startDate,
    endDate,
    deliveryDates: [...deliveryDates].sort(),
    quantity,
    size,
    pricePerDeliveryCents,
    notes,
  };
}

/** The mutation's fields, or the issues of what could not even be read (a price like "abc"), on the mutation's paths. */
export function contractFieldsOf(
  values: ContractFormValues,
  rhythm: Rhythm | undefined,
): { fields: ContractDraft } | { issues: FieldIssue[] } {
  const quantity = parseDecimal(values.quantity);
  const price = parseEuros(values.price);
  const issues: FieldIssue[] = [];
  if (quantity === null) issues.push({ path: 'quantity', message: 'validation.quantityPositive' });
  if (price === null) issues.push({ path: 'pricePerDeliveryCents', message: 'validation.priceInvalid' });
  if (quantity === null || price === null) return { issues };
  const oneOff = values.kind === 'oneOff';
  return {
    fields: {
      memberId: values.memberId,
      groupId: values.groupId,
      offerId: values.offerId,
      kind: values.kind,
      startDate: oneOff ? values.oneOffDate : values.startDate,
      endDate: oneOff ? values.oneOffDate : values.endDate,
      deliveryDates: deliveryDatesOf(values, rhythm),
      quantity,
      size: values.size === '' ? null : values.size,
      pricePerDeliveryCents: price,
      notes: values.notes,
    },
  };
}

/** The form of a stored contract: its dates are kept as they are, the rhythm's other dates start unticked. */
export function contractFormOf(contract: ContractDraft, rhythm: Rhythm | undefined): ContractFormValues {
  const oneOff = contract.kind === 'oneOff';
  const generated = oneOff ? [] : candidateDates({ ...contract, added: [] }, rhythm);
  return {
    memberId: contract.memberId,
    groupId: contract.groupId,
    offerId: contract.offerId,
    kind: contract.kind,
    startDate: oneOff ? '' : contract.startDate,
    endDate: oneOff ? '' : contract.endDate,
    added: contract.deliveryDates.filter((date) => !oneOff && !generated.includes(date)),
    unticked: generated.filter((date) => !contract.deliveryDates.includes(date)),
    oneOffDate: oneOff ? (contract.deliveryDates[0] ?? contract.startDate) : '',
    quantity: String(contract.quantity).replace('.', ','),
    size: contract.size ?? '',
    price: centsToInput(contract.pricePerDeliveryCents),
    // A producer's phone holds its contracts without the coordinator's notes (domain/access projections).
    notes: contract.notes ?? '',
  };
}

export function seasonTotalCents(contract: { pricePerDeliveryCents: number; deliveryDates: readonly string[] }): number {
  return contract.pricePerDeliveryCents * contract.deliveryDates.length;
}

/** Whether today falls in the contract's season (both ends included). */
export function isActive(contract: { startDate: string; endDate: string }, today: string): boolean {
  return contract.startDate <= today && today <= contract.endDate;
}
