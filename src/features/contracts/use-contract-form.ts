/**
 * Creating and editing a contract: form state, the delivery dates from the group's rhythm, the offer's price as
 * a default, save through the one write path (an edit sends only what changed), errors per field.
 */
import { useLocation } from 'wouter';
import { useUpcomingDistributions } from '../../db/hooks/use-group-links';
import { NO_ROWS } from '../../db/hooks/use-lists';
import { useGroupIdsOfMember } from '../../db/hooks/use-member-links';
import { mutate, type MutationResult } from '../../db/mutators';
import {
  EMPTY_CONTRACT_FORM,
  addDate,
  candidateDates,
  contractFieldsOf,
  contractFormOf,
  draftOf,
  deliveryDatesOf,
  type ContractDraft,
  toggleDate,
  type ContractFormValues,
} from '../../domain/distribution/contract-form';
import type { Contract } from '../../domain/distribution/distribution-entities';
import { centsToInput, parseEuros } from '../../domain/format/money';
import type { FieldIssue } from '../../domain/mutations/define';
import { localToday } from '../../domain/format/day-format';
import { useEntityForm } from '../../ui/use-entity-form';
import type { SubmitResult } from '../../ui/use-form-errors';
import type { ContractSources } from './use-contract-sources';

const ERROR_FIELDS = [
  'memberId',
  'groupId',
  'offerId',
  'kind',
  'startDate',
  'endDate',
  'deliveryDates',
  'quantity',
  'size',
  'pricePerDeliveryCents',
  'notes',
  'oneOffDate',
];
const ONE_OFF_DATE_FIELDS = /^(patch\.)?(startDate|endDate|deliveryDates)\b/;

/** A one-off order has one date field: the season's fields' errors are shown on it. */
function onOneOffDate(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path.replace(ONE_OFF_DATE_FIELDS, '$1oneOffDate') }));
}

export function useContractForm(contract: Contract | null, sources: ContractSources) {
  const rhythmOf = (groupId: string) => sources.groups.find((group) => group.id === groupId)?.rhythm;
  const [, navigate] = useLocation();
  // The issues of a one-off order's dates are shown on its one date field; the kind is the form's as it is sent.
  const shown = (kind: ContractFormValues['kind'], result: MutationResult): SubmitResult =>
    result.ok || kind !== 'oneOff' ? result : { ok: false, issues: onOneOffDate(result.issues) };
  const form = useEntityForm<Contract, ContractFormValues, ContractDraft>(
    {
      empty: EMPTY_CONTRACT_FORM,
      valuesOf: (row) => contractFormOf(row, rhythmOf(row.groupId)),
      fieldsOf: (values) => {
        const draft = contractFieldsOf(values, rhythmOf(values.groupId));
        return 'issues' in draft ? { refused: draft.issues } : draft.fields;
      },
      fieldsOfRow: draftOf,
      create: async (id, fields) => shown(fields.kind, await mutate('contract.create', { id, ...fields })),
      update: async (id, patch): Promise<SubmitResult> => shown(form.values.kind, await mutate('contract.update', { id, patch })),
      errorFields: ERROR_FIELDS,
    },
    contract,
    () => navigate('/contracts'),
  );
  const { values, update } = form;
  const today = localToday();
  const memberGroupIds: readonly string[] = useGroupIdsOfMember(values.memberId) ?? NO_ROWS;
  const distributions = useUpcomingDistributions(values.groupId, today) ?? NO_ROWS;

  const rhythm = rhythmOf(values.groupId);
  const chooseOffer = (offerId: string) => {
    const offer = sources.offers.find((o) => o.id === offerId);
    update(offer ? { offerId, price: centsToInput(offer.defaultPriceCents) } : { offerId });
  };

  const deliveryDates = deliveryDatesOf(values, rhythm);
  const price = parseEuros(values.price);
  // Refused on save anyway: said on the field as it is typed, instead of a negative total ("-0,00 €" for no date).
  const priceError = price !== null && price < 0 ? 'validation.priceNegative' : undefined;

  return {
    ...form,
    chooseOffer,
    rhythm,
    memberGroupIds,
    distributions,
    candidates: candidateDates(values, rhythm),
    deliveryDates,
    priceError,
    totalCents: price === null || priceError ? null : price * deliveryDates.length,
    toggle: (date: string) => update(toggleDate(values, date)),
    add: (date: string) => update(addDate(values, date)),
  };
}

export type ContractForm = ReturnType<typeof useContractForm>;
