import { useTranslation } from 'react-i18next';
import { BASKET_SIZES, CONTRACT_KINDS, type BasketSize, type Contract } from '../../domain/distribution/distribution-entities';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import { DeliveryDatesField } from './delivery-dates-field';
import { MemberPicker } from './member-picker';
import { OneOffDateField } from './one-off-date-field';
import { useContractForm } from './use-contract-form';
import type { ContractSources } from './use-contract-sources';
import { useFormats } from '../../ui/use-formats';

interface Props {
  contract: Contract | null;
  sources: ContractSources;
}

export function ContractForm({ contract, sources }: Props) {
  const { t } = useTranslation();
  const { euros } = useFormats();
  const form = useContractForm(contract, sources);
  const { values, set, errors } = form;
  const error = (field: string) => errors?.fields[field];
  const producerNames = new Map(sources.producers.map((producer) => [producer.id, producer.name]));
  const memberGroups = sources.groups.filter((group) => form.memberGroupIds.includes(group.id));
  const otherGroups = sources.groups.filter((group) => !form.memberGroupIds.includes(group.id));
  const groupOptions = (groups: typeof sources.groups) =>
    groups.map((group) => (
      <option key={group.id} value={group.id}>
        {group.name}
      </option>
    ));

  return (
    <SaveForm form={form} cancelHref="/contracts">
      <MemberPicker members={sources.members} value={values.memberId} onChange={(id) => set('memberId', id)} error={error('memberId')} />
      <Field label={t('contracts.form.group')} error={error('groupId')}>
        {(control) => (
          <select {...control} value={values.groupId} onChange={(e) => set('groupId', e.target.value)}>
            <option value="">{t('contracts.choose')}</option>
            {memberGroups.length > 0 && <optgroup label={t('contracts.form.memberGroups')}>{groupOptions(memberGroups)}</optgroup>}
            {memberGroups.length > 0 ? (
              <optgroup label={t('contracts.form.otherGroups')}>{groupOptions(otherGroups)}</optgroup>
            ) : (
              groupOptions(otherGroups)
            )}
          </select>
        )}
      </Field>
      <Field label={t('contracts.form.offer')} error={error('offerId')}>
        {(control) => (
          <select {...control} value={values.offerId} onChange={(e) => form.chooseOffer(e.target.value)}>
            <option value="">{t('contracts.choose')}</option>
            {sources.offers.map((offer) => (
              <option key={offer.id} value={offer.id}>
                {t('contracts.form.offerOption', { name: offer.name, producer: producerNames.get(offer.producerId) ?? t('common.none') })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('contracts.form.kind')}</legend>
        {CONTRACT_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="radio" name="contract-kind" checked={values.kind === kind} onChange={() => set('kind', kind)} />
            {t(`contracts.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      {values.kind === 'season' ? (
        <>
          <Field label={t('contracts.form.startDate')} error={error('startDate')}>
            {(control) => <input {...control} type="date" value={values.startDate} onChange={(e) => set('startDate', e.target.value)} />}
          </Field>
          <Field label={t('contracts.form.endDate')} error={error('endDate')}>
            {(control) => <input {...control} type="date" value={values.endDate} onChange={(e) => set('endDate', e.target.value)} />}
          </Field>
          {form.rhythm && <p className="hint">{t('contracts.form.rhythm', { rhythm: t(`domain.rhythm.${form.rhythm}`) })}</p>}
          <DeliveryDatesField
            candidates={form.candidates}
            ticked={form.deliveryDates}
            onToggle={form.toggle}
            onAdd={form.add}
            error={error('deliveryDates')}
          />
        </>
      ) : (
        <OneOffDateField
          distributions={form.distributions}
          value={values.oneOffDate}
          onChange={(date) => set('oneOffDate', date)}
          error={error('oneOffDate')}
        />
      )}
      <Field label={t('contracts.form.quantity')} error={error('quantity')}>
        {(control) => (
          <input {...control} type="text" inputMode="decimal" value={values.quantity} onChange={(e) => set('quantity', e.target.value)} />
        )}
      </Field>
      <Field label={t('contracts.form.size')} error={error('size')}>
        {(control) => (
          <select {...control} value={values.size} onChange={(e) => set('size', e.target.value as BasketSize | '')}>
            <option value="">{t('contracts.form.noSize')}</option>
            {BASKET_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`contracts.size.${size}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contracts.form.price')} hint={t('contracts.priceHint')} error={error('pricePerDeliveryCents') ?? form.priceError}>
        {(control) => (
          <input {...control} type="text" inputMode="decimal" value={values.price} onChange={(e) => set('price', e.target.value)} />
        )}
      </Field>
      <Field label={t('contracts.form.notes')} error={error('notes')}>
        {(control) => <textarea {...control} rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      {form.totalCents !== null && (
        <p className="counter" role="status">
          {t('contracts.form.total', { count: form.deliveryDates.length, total: euros(form.totalCents) })}
        </p>
      )}
    </SaveForm>
  );
}
