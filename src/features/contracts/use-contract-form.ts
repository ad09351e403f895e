/**
 * Creating and editing a contract: form state, the delivery dates from the group's rhythm, the offer's price as
 * a default, save through the one write path (an edit sends only what changed), errors per field.
 */
import { useState } from 'react';
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
  toggleDate,
  type ContractFormValues,
} from '../../domain/distribution/contract-form';
import type { Contract } from '../../domain/distribution/distribution-entities';
import { newId } from '../../domain/rows/ids';
import { centsToInput, parseEuros } from '../../domain/format/money';
import type { FieldIssue } from '../../domain/mutations/define';
import { changedFields } from '../../domain/rows/patch';
import { useFormErrors, type SubmitResult } from '../../ui/use-form-errors';
import { todayIso } from './today';
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
  const [opened] = useState(contract);
  const [values, setValues] = useState(() => (contract ? contractFormOf(contract, rhythmOf(contract.groupId)) : EMPTY_CONTRACT_FORM));
  const { errors, busy, submit } = useFormErrors(ERROR_FIELDS, contract ? 'patch' : '');
  const [, navigate] = useLocation();
  const today = todayIso();
  const memberGroupIds: readonly string[] = useGroupIdsOfMember(values.memberId) ?? NO_ROWS;
  const distributions = useUpcomingDistributions(values.groupId, today) ?? NO_ROWS;

  const rhythm = rhythmOf(values.groupId);
  const update = (change: Partial<ContractFormValues>) => setValues((current) => ({ ...current, ...change }));
  const set = <K extends keyof ContractFormValues>(field: K, value: ContractFormValues[K]) => update({ [field]: value });
  const chooseOffer = (offerId: string) => {
    const offer = sources.offers.find((o) => o.id === offerId);
    update(offer ? { offerId, price: centsToInput(offer.defaultPriceCents) } : { offerId });
  };

  const deliveryDates = deliveryDatesOf(values, rhythm);
  const price = parseEuros(values.price);
  // Refused on save anyway: said on the field as it is typed, instead of a negative total ("-0,00 €" for no date).
  const priceError = price !== null && price < 0 ? 'validation.priceNegative' : undefined;

  const save = async () => {
    const draft = contractFieldsOf(values, rhythm);
    const oneOff = values.kind === 'oneOff';
    const run = async (write: () => Promise<MutationResult>): Promise<SubmitResult> => {
      const result = await write();
      return result.ok || !oneOff ? result : { ok: false, issues: onOneOffDate(result.issues) };
    };
    let saved: boolean;
    if ('issues' in draft) {
      const prefix = opened ? 'patch.' : '';
      saved = await submit(async () => ({ ok: false, issues: draft.issues.map((issue) => ({ ...issue, path: prefix + issue.path })) }));
    } else if (opened === null) {
      saved = await submit(() => run(() => mutate('contract.create', { id: newId(), ...draft.fields })));
    } else {
      const patch = changedFields(draftOf(opened), draft.fields);
      saved = Object.keys(patch).length === 0 || (await submit(() => run(() => mutate('contract.update', { id: opened.id, patch }))));
    }
    if (saved) navigate('/contracts');
  };

  return {
    values,
    set,
    chooseOffer,
    errors,
    busy,
    save,
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
