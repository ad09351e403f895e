import { useTranslation } from 'react-i18next';
import type { Area, Producer } from '../../domain/people/entities';
import type { Initiative } from '../../domain/programme/programme-entities';
import { PRODUCT_KINDS } from '../../domain/people/product-kinds';
import { OUTLET_KINDS, type OutletKind } from '../../domain/people/vocabulary';
import { AreaField } from '../../ui/area-field';
import { ChipSelect } from '../../ui/chip-select';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import { OptionField } from './option-field';
import type { OutletFormValues } from './outlet-values';
import type { EntityForm } from '../../ui/use-entity-form';

interface OutletFormProps {
  form: EntityForm<OutletFormValues>;
  areas: readonly Area[];
  producers: readonly Producer[];
  initiatives: readonly Initiative[];
  onCancel: () => void;
}

export function OutletForm({ form, areas, producers, initiatives, onCancel }: OutletFormProps) {
  const { t } = useTranslation();
  const { values, set, errors } = form;
  const error = (field: string) => errors?.fields[field];
  const producerName = new Map(producers.map((producer) => [producer.id, producer.name]));
  const initiativeName = new Map(initiatives.map((initiative) => [initiative.id, initiative.name]));
  return (
    <SaveForm form={form} onCancel={onCancel}>
      <Field label={t('programme.outlet.fields.name')} error={error('name')}>
        {(control) => (
          <input {...control} type="text" autoComplete="organization" value={values.name} onChange={(e) => set('name', e.target.value)} />
        )}
      </Field>
      <OptionField
        label={t('programme.outlet.fields.kind')}
        error={error('kind')}
        options={OUTLET_KINDS}
        labelOf={(kind) => t(`programme.outletKind.${kind}`)}
        value={values.kind}
        onChange={(kind) => set('kind', kind as OutletKind)}
      />
      <AreaField
        label={t('programme.outlet.fields.quarter')}
        error={error('quarterId')}
        areas={areas}
        noneLabel={t('programme.noQuarter')}
        value={values.quarterId}
        onChange={(areaId) => set('quarterId', areaId)}
      />
      <Field label={t('programme.outlet.fields.address')} error={error('address')}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="street-address"
            value={values.address}
            onChange={(e) => set('address', e.target.value)}
          />
        )}
      </Field>
      <ChipSelect
        legend={t('programme.outlet.fields.productKinds')}
        options={PRODUCT_KINDS}
        labelOf={(kind) => t(`domain.productKind.${kind}`)}
        selected={values.productKinds}
        onChange={(kinds) => set('productKinds', kinds)}
        error={error('productKinds')}
      />
      {producers.length === 0 ? (
        <p className="hint">{t('programme.outlet.noProducers')}</p>
      ) : (
        <ChipSelect
          legend={t('programme.outlet.fields.producerIds')}
          options={producers.map((producer) => producer.id)}
          labelOf={(id) => producerName.get(id) ?? id}
          selected={values.producerIds}
          onChange={(ids) => set('producerIds', ids)}
          error={error('producerIds')}
        />
      )}
      <OptionField
        label={t('programme.outlet.fields.initiative')}
        error={error('initiativeId')}
        options={initiatives.map((initiative) => initiative.id)}
        labelOf={(id) => initiativeName.get(id) ?? id}
        noneLabel={t('programme.outlet.noInitiative')}
        value={values.initiativeId}
        onChange={(id) => set('initiativeId', id)}
      />
      <Field label={t('programme.outlet.fields.since')} error={error('since')}>
        {(control) => <input {...control} type="date" value={values.since} onChange={(e) => set('since', e.target.value)} />}
      </Field>
      <Field label={t('programme.outlet.fields.notes')} error={error('notes')}>
        {(control) => <textarea {...control} rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
    </SaveForm>
  );
}
