/** A signed-in producer's distributions: those where baskets of their contracts are due, upcoming first. */
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useProducerDistributions, type ProducerDistribution } from '../../db/hooks/use-producer-distributions';
import { formatDay, localToday } from '../../domain/format/day-format';
import { useProducerId } from '../../db/hooks/use-producer-id';

function DistributionLinks({ title, entries }: { title: string; entries: ProducerDistribution[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ul className="list" aria-label={title}>
        {entries.map(({ distribution, group }) => (
          <li key={distribution.id}>
            <Link href={`/producer/${distribution.id}`}>
              <strong>
                {t('producer-view.when', {
                  date: formatDay(distribution.date, i18n.language),
                  start: distribution.startTime,
                  end: distribution.endTime,
                })}
              </strong>
              <br />
              <span className="hint">{[group?.name, distribution.place].filter(Boolean).join(' · ')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ProducerHomeScreen() {
  const { t } = useTranslation();
  const { loading, producerId } = useProducerId();
  const entries = useProducerDistributions(producerId);
  if (loading || entries === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (!producerId) {
    return (
      <>
        <h1>{t('producer-view.title')}</h1>
        <p className="notice">{t('producer-view.needProducer')}</p>
        <Link href="/account">{t('producer-view.signIn')}</Link>
      </>
    );
  }
  const today = localToday();
  return (
    <>
      <h1>{t('producer-view.title')}</h1>
      {entries.length === 0 && <p>{t('producer-view.none')}</p>}
      <DistributionLinks title={t('producer-view.upcoming')} entries={entries.filter((e) => e.distribution.date >= today)} />
      <DistributionLinks title={t('producer-view.past')} entries={entries.filter((e) => e.distribution.date < today).reverse()} />
    </>
  );
}
