import { useTranslation } from 'react-i18next';
import { UNITS, type Offer, type Unit } from '../../domain/distribution/distribution-entities';
import type { Producer } from '../../domain/people/entities';
import { PRODUCT_KINDS, type ProductKind } from '../../domain/people/product-kinds';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import { useOfferForm } from './use-offer-form';

interface Props {
  offer: Offer | null;
  producers: readonly Producer[];
  /** The producer chosen for a new offer (from the list's filter), or ''. */
  producerId: string;
}

export function OfferForm({ offer, producers, producerId }: Props) {
  const { t } = useTranslation();
  const form = useOfferForm(offer, producerId);
  const { values, set, errors } = form;
  const error = (field: string) => errors?.fields[field];

  return (
    <SaveForm form={form} cancelHref="/offers">
      <Field label={t('contracts.offer.producer')} error={error('producerId')}>
        {(control) => (
          <select {...control} value={values.producerId} onChange={(e) => set('producerId', e.target.value)}>
            <option value="">{t('contracts.choose')}</option>
            {producers.map((producer) => (
              <option key={producer.id} value={producer.id}>
                {producer.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contracts.offer.name')} hint={t('contracts.offer.nameHint')} error={error('name')}>
        {(control) => <input {...control} type="text" value={values.name} onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <Field label={t('contracts.offer.productKind')} error={error('productKind')}>
        {(control) => (
          <select {...control} value={values.productKind} onChange={(e) => set('productKind', e.target.value as ProductKind)}>
            {PRODUCT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`domain.productKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contracts.offer.unit')} error={error('unit')}>
        {(control) => (
          <select {...control} value={values.unit} onChange={(e) => set('unit', e.target.value as Unit)}>
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(`domain.unit.${unit}`, { count: 1 })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contracts.offer.price')} hint={t('contracts.priceHint')} error={error('defaultPriceCents')}>
        {(control) => (
          <input {...control} type="text" inputMode="decimal" value={values.price} onChange={(e) => set('price', e.target.value)} />
        )}
      </Field>
    </SaveForm>
  );
}
