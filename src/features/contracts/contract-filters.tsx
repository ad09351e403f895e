import { useTranslation } from 'react-i18next';
import type { Group, Producer } from '../../domain/people/entities';
import { Field } from '../../ui/field';
import { SEASON_FILTERS, type ContractFilter, type SeasonFilter } from './contract-rows';

interface Props {
  filter: ContractFilter;
  onChange: (filter: ContractFilter) => void;
  groups: readonly Group[];
  producers: readonly Producer[];
}

export function ContractFilters({ filter, onChange, groups, producers }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ContractFilter>(key: K, value: ContractFilter[K]) => onChange({ ...filter, [key]: value });
  const choices = (items: readonly { id: string; name: string }[]) => [
    <option key="" value="">
      {t('common.all')}
    </option>,
    ...items.map((item) => (
      <option key={item.id} value={item.id}>
        {item.name}
      </option>
    )),
  ];

  return (
    <div role="search" aria-label={t('contracts.filters.label')}>
      <Field label={t('contracts.filters.member')}>
        {(control) => <input {...control} type="search" value={filter.query} onChange={(e) => set('query', e.target.value)} />}
      </Field>
      <Field label={t('contracts.filters.group')}>
        {(control) => (
          <select {...control} value={filter.groupId} onChange={(e) => set('groupId', e.target.value)}>
            {choices(groups)}
          </select>
        )}
      </Field>
      <Field label={t('contracts.filters.producer')}>
        {(control) => (
          <select {...control} value={filter.producerId} onChange={(e) => set('producerId', e.target.value)}>
            {choices(producers)}
          </select>
        )}
      </Field>
      <Field label={t('contracts.filters.season')}>
        {(control) => (
          <select {...control} value={filter.season} onChange={(e) => set('season', e.target.value as SeasonFilter)}>
            {SEASON_FILTERS.map((season) => (
              <option key={season} value={season}>
                {t(`contracts.filters.seasons.${season}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
