import { useTranslation } from 'react-i18next';
import type { Area, Producer } from '../../domain/people/entities';
import { MOBILISATION_STEPS, SALES_STATUSES, type MobilisationStep, type SalesStatus } from '../../domain/people/vocabulary';
import { PRODUCT_KINDS } from '../../domain/people/product-kinds';
import { AreaField } from '../../ui/area-field';
import { ChipSelect } from '../../ui/chip-select';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import { COMMUNES_FIRST } from './communes-first';
import { useProducerForm } from './use-producer-form';

interface Props {
  producer: Producer | null;
  areas: readonly Area[];
}

type TextFieldName = 'name' | 'farm' | 'phone' | 'email' | 'notes';
const INPUTS: Record<Exclude<TextFieldName, 'notes'>, { type: string; autoComplete: string }> = {
  name: { type: 'text', autoComplete: 'name' },
  farm: { type: 'text', autoComplete: 'organization' },
  phone: { type: 'tel', autoComplete: 'tel' },
  email: { type: 'email', autoComplete: 'email' },
};

export function ProducerForm({ producer, areas }: Props) {
  const { t } = useTranslation();
  const form = useProducerForm(producer);
  const { values, set, errors } = form;
  const error = (field: string) => errors?.fields[field];
  const text = (field: TextFieldName) => (
    <Field label={t(`producers.fields.${field}`)} error={error(field)}>
      {(control) =>
        field === 'notes' ? (
          <textarea {...control} rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
        ) : (
          <input {...control} {...INPUTS[field]} value={values[field]} onChange={(e) => set(field, e.target.value)} />
        )
      }
    </Field>
  );

  return (
    <SaveForm form={form} cancelHref="/producers">
      {text('name')}
      {text('farm')}
      <AreaField
        label={t('producers.fields.commune')}
        error={error('communeId')}
        areas={areas}
        order={COMMUNES_FIRST}
        noneLabel={t('producers.fields.noCommune')}
        value={values.communeId}
        onChange={(areaId) => set('communeId', areaId)}
      />
      <ChipSelect
        legend={t('producers.fields.productKinds')}
        options={PRODUCT_KINDS}
        labelOf={(kind) => t(`domain.productKind.${kind}`)}
        selected={values.productKinds}
        onChange={(kinds) => set('productKinds', kinds)}
        error={error('productKinds')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={values.organic} onChange={(e) => set('organic', e.target.checked)} />
        {t('producers.fields.organic')}
      </label>
      <Field label={t('producers.fields.salesStatus')} error={error('salesStatus')}>
        {(control) => (
          <select {...control} value={values.salesStatus} onChange={(e) => set('salesStatus', e.target.value as SalesStatus)}>
            {SALES_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`domain.salesStatus.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('programme.mobilisation.label')} error={error('mobilisation')}>
        {(control) => (
          <select {...control} value={values.mobilisation} onChange={(e) => set('mobilisation', e.target.value as MobilisationStep)}>
            {MOBILISATION_STEPS.map((step) => (
              <option key={step} value={step}>
                {t(`programme.mobilisation.step.${step}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('phone')}
      {text('email')}
      {text('notes')}
    </SaveForm>
  );
}
