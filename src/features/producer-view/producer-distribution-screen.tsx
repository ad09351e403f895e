/**
 * One distribution as its producer sees it: what to bring, and their baskets to hand over (first name + initial),
 * numbered as on the sign-off sheet, found by first name, initial or number, narrowed to what is left or went
 * otherwise; the full check-off one tap away.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { HandoverFilter } from '../../domain/distribution/basket-search';
import { formatDay } from '../../domain/format/day-format';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';
import { useBasketContents } from '../../ui/use-basket-contents';
import { HandoverFilters } from './handover-filters';
import { HandOverRow } from './handover-row';
import { useProducerDay } from './use-producer-day';
import { useProducerId } from '../../db/hooks/use-producer-id';

export function ProducerDistributionScreen({ distributionId }: { distributionId: string }) {
  const { t, i18n } = useTranslation();
  const producer = useProducerId();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<HandoverFilter>('all');
  const { loading, view, shown, record } = useProducerDay(distributionId, producer.producerId, query, filter);
  const contents = useBasketContents(view?.offers ?? new Map());
  const { error, run } = useActionError();

  if (loading || producer.loading) return <p aria-busy="true">{t('common.loading')}</p>;
  if (!producer.producerId) return <p className="notice">{t('producer-view.needProducer')}</p>;
  if (!view) return <p className="notice">{t('producer-view.notFound')}</p>;
  const { distribution, baskets, totals, offers, shortNames, counts, absent } = view;
  const numberLabel = (number: number | null) => (number === null ? t('checkoff.unnumbered') : t('checkoff.number', { number }));

  return (
    <>
      <h1>{t('producer-view.dayTitle', { date: formatDay(distribution.date, i18n.language) })}</h1>
      <p className="hint">
        {[view.groupName, `${distribution.startTime}–${distribution.endTime}`, distribution.place].filter(Boolean).join(' · ')}{' '}
        <Link href="/producer">{t('producer-view.back')}</Link>
      </p>
      {baskets.length === 0 && <p>{t('producer-view.noBaskets')}</p>}
      {totals.length > 0 && (
        <>
          <h2>{t('producer-view.toBring')}</h2>
          <ul className="list" aria-label={t('producer-view.toBring')} data-testid="totals">
            {totals.map((total) => {
              const offer = offers.get(total.offerId);
              const name = [offer?.name ?? '', total.size ? t(`domain.basketSize.${total.size}`) : ''].filter(Boolean).join(', ');
              // "3 paniers (3 paniers)": an offer sold by the basket, one per contract, is counted once.
              const countedOnce = offer?.unit === 'basket' && total.quantity === total.baskets;
              return (
                <li key={`${total.offerId}|${total.size ?? ''}`}>
                  {t('producer-view.total', {
                    offer: name,
                    quantity: total.quantity,
                    unit: offer ? t(`domain.unit.${offer.unit}`, { count: total.quantity }) : '',
                  })}
                  {!countedOnce && <span className="hint"> ({t('producer-view.totalBaskets', { count: total.baskets })})</span>}
                </li>
              );
            })}
          </ul>
          <h2>{t('producer-view.toHandOver')}</h2>
          <p className="counter" role="status">
            {t('producer-view.progress', { collected: counts.collected, due: counts.due })}
          </p>
          <p>
            <Link href={`/distributions/${distribution.id}/checkoff`} className="button">
              {t('producer-view.fullCheckoff')}
            </Link>{' '}
            <Link href={`/producer/${distribution.id}/cheques`} className="button">
              {t('producer-view.cheques')}
            </Link>
          </p>
          {baskets.some((basket) => basket.number === null) && <p className="hint">{t('checkoff.unnumberedHint')}</p>}
          {absent.length > 0 && (
            <p>
              {t('producer-view.absent', {
                count: absent.length,
                members: absent.map((entry) => `${entry.numbers.map(numberLabel).join(', ')} ${entry.name}`).join(' · '),
              })}
            </p>
          )}
          <HandoverFilters query={query} onQuery={setQuery} filter={filter} onFilter={setFilter} counts={view.filterCounts} />
          <ActionAlert error={error} />
          {shown.length === 0 && <p>{t('producer-view.noMatch')}</p>}
          <ul className="list" aria-label={t('producer-view.toHandOver')}>
            {shown.map((basket) => (
              <HandOverRow
                key={basket.contractId}
                basket={basket}
                name={shortNames.get(basket.memberId) ?? ''}
                contents={contents(basket)}
                onRecord={(status) => void run(record(basket, status))}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
