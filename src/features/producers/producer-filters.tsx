import { useTranslation } from 'react-i18next';
import type { Area } from '../../domain/people/entities';
import { PRODUCT_KINDS, type ProductKind } from '../../domain/people/product-kinds';
import { MOBILISATION_STEPS, type MobilisationStep } from '../../domain/people/vocabulary';
import { AreaOptions } from '../../ui/area-options';
import { COMMUNES_FIRST } from './communes-first';
import type { OrganicFilter, ProducerFilter } from './filter-producers';

interface Props {
  filter: ProducerFilter;
  areas: readonly Area[];
  /** Whether the mobilisation step is offered as a filter (not on a producer's phone, which does not hold it). */
  followUp: boolean;
  onChange: (filter: ProducerFilter) => void;
}

export function ProducerFilters({ filter, areas, followUp, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="card">
      <legend>{t('producers.filters.title')}</legend>
      <label htmlFor="filter-kind">{t('producers.filters.productKind')}</label>
      <select
        id="filter-kind"
        value={filter.productKind}
        onChange={(e) => onChange({ ...filter, productKind: e.target.value as ProductKind | 'all' })}
      >
        <option value="all">{t('common.all')}</option>
        {PRODUCT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`domain.productKind.${kind}`)}
          </option>
        ))}
      </select>
      <label htmlFor="filter-organic">{t('producers.filters.organic')}</label>
      <select
        id="filter-organic"
        value={filter.organic}
        onChange={(e) => onChange({ ...filter, organic: e.target.value as OrganicFilter })}
      >
        <option value="all">{t('producers.filters.organicAll')}</option>
        <option value="organic">{t('producers.filters.organicOnly')}</option>
        <option value="notOrganic">{t('producers.filters.notOrganicOnly')}</option>
      </select>
      <label htmlFor="filter-area">{t('producers.filters.area')}</label>
      <select id="filter-area" value={filter.areaId} onChange={(e) => onChange({ ...filter, areaId: e.target.value })}>
        <option value="all">{t('producers.filters.allAreas')}</option>
        <AreaOptions areas={areas} order={COMMUNES_FIRST} />
      </select>
      {followUp && (
        <>
          <label htmlFor="filter-mobilisation">{t('programme.mobilisation.label')}</label>
          <select
            id="filter-mobilisation"
            value={filter.mobilisation}
            onChange={(e) => onChange({ ...filter, mobilisation: e.target.value as MobilisationStep | 'all' })}
          >
            <option value="all">{t('programme.mobilisation.allSteps')}</option>
            {MOBILISATION_STEPS.map((step) => (
              <option key={step} value={step}>
                {t(`programme.mobilisation.step.${step}`)}
              </option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}
