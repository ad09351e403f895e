import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NO_ROWS, useAreas, useProducers } from '../../db/hooks/use-lists';
import { useRole } from '../../db/hooks/use-session';
import type { Producer } from '../../domain/people/entities';
import { NO_FILTER, filterProducers } from './filter-producers';
import { ProducerFilters } from './producer-filters';

function ProducerItem({ producer, commune, followUp }: { producer: Producer; commune: string | undefined; followUp: boolean }) {
  const { t } = useTranslation();
  const place = [producer.farm, commune].filter(Boolean).join(' · ');
  return (
    <li>
      <Link href={`/producers/${producer.id}`}>
        <strong>{producer.name}</strong> {producer.organic && <span className="badge">{t('domain.organic')}</span>}{' '}
        {producer.demo && <span className="badge demo">{t('demo.badge')}</span>}
        {place && <span className="hint"> — {place}</span>}
        <br />
        <span>{producer.productKinds.map((kind) => t(`domain.productKind.${kind}`)).join(', ')}</span>
        <span className="hint"> · {t(`domain.salesStatus.${producer.salesStatus}`)}</span>
        {followUp && <span className="hint"> · {t(`programme.mobilisation.step.${producer.mobilisation ?? 'contacted'}`)}</span>}
      </Link>
    </li>
  );
}

export function ProducersScreen() {
  const { t } = useTranslation();
  const producers = useProducers();
  const areas = useAreas() ?? NO_ROWS;
  const [filter, setFilter] = useState(NO_FILTER);
  // The association's follow-up of producers (mobilisation) is not sent to a producer's phone for other producers:
  // there, neither the step nor its filter is shown, rather than "contacted" for everyone.
  const followUp = useRole() !== 'producer';
  const areaNames = new Map(areas.map((area) => [area.id, area.name]));
  const shown = producers ? filterProducers(producers, filter) : [];

  return (
    <>
      <h1>{t('producers.title')}</h1>
      <div className="actions">
        <Link href="/producers/new" className="button primary">
          {t('producers.new')}
        </Link>
      </div>
      <ProducerFilters filter={filter} areas={areas} followUp={followUp} onChange={setFilter} />
      {producers === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <>
          <p role="status">{t('producers.count', { count: shown.length })}</p>
          {shown.length === 0 && <p>{producers.length === 0 ? t('producers.empty') : t('producers.noMatch')}</p>}
          <ul className="list" aria-label={t('producers.title')}>
            {shown.map((producer) => (
              <ProducerItem key={producer.id} producer={producer} commune={areaNames.get(producer.communeId ?? '')} followUp={followUp} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
