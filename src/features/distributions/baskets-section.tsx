import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBasketContents } from '../../ui/use-basket-contents';
import type { DistributionDayView } from './use-distribution-day';

/** The baskets due: counts, what to bring per offer, and the list with proxies and check-off status. */
export function BasketsSection({ view }: { view: DistributionDayView }) {
  const { t } = useTranslation();
  const contents = useBasketContents(view.offers);
  const titleId = useId();
  const { counts, totals, day } = view;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('distributions.baskets.title', { count: counts.due })}</h2>
      <p className="counter" role="status">
        {t('distributions.baskets.counts', { collected: counts.collected, remaining: counts.remaining, notCollected: counts.notCollected })}
      </p>
      {totals.length > 0 && (
        <>
          <h3>{t('distributions.baskets.totals')}</h3>
          <ul className="list" aria-label={t('distributions.baskets.totals')}>
            {totals.map((total) => (
              <li key={`${total.offerId}|${total.size ?? ''}`}>
                {contents(total)}
                {' — '}
                {t('distributions.baskets.basketCount', { count: total.baskets })}
              </li>
            ))}
          </ul>
        </>
      )}
      {day.due.length === 0 ? (
        <p className="hint">{t('distributions.baskets.none')}</p>
      ) : (
        <>
          <ol className="list" aria-label={t('distributions.baskets.list')}>
            {day.due.map((basket) => (
              <li key={basket.contractId} className="day-basket-row">
                <span className="basket-number">{basket.number ?? '–'}</span>
                <span>
                  <strong>{view.nameOf(basket.memberId)}</strong>
                  <br />
                  <span className="hint">{contents(basket)}</span>
                  {basket.proxyName && (
                    <>
                      <br />
                      {t('checkoff.proxy', { name: basket.proxyName })}
                    </>
                  )}
                </span>
                <span className="badge">{t(`distributions.status.${basket.status}`)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
