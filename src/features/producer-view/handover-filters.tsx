/** The producer's search (first name, initial or basket number) and what to show: all, left, taken by someone else, not taken. */
import { useTranslation } from 'react-i18next';
import { HANDOVER_FILTERS, type HandoverFilter } from '../../domain/distribution/basket-search';
import { Field } from '../../ui/field';

interface HandoverFiltersProps {
  query: string;
  onQuery: (query: string) => void;
  filter: HandoverFilter;
  onFilter: (filter: HandoverFilter) => void;
  counts: Record<HandoverFilter, number>;
}

export function HandoverFilters({ query, onQuery, filter, onFilter, counts }: HandoverFiltersProps) {
  const { t } = useTranslation();
  return (
    <div role="search">
      <Field label={t('producer-view.search')} hint={t('producer-view.searchHint')}>
        {(control) => <input {...control} type="search" autoComplete="off" value={query} onChange={(e) => onQuery(e.target.value)} />}
      </Field>
      <fieldset className="handover-filters">
        <legend>{t('producer-view.show')}</legend>
        {HANDOVER_FILTERS.map((value) => (
          <label key={value}>
            <input type="radio" name="handover-filter" value={value} checked={filter === value} onChange={() => onFilter(value)} />{' '}
            {t(`producer-view.filter.${value}`, { count: counts[value] })}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
