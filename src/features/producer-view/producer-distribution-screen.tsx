/** One distribution as its producer sees it: what to bring, and their baskets to hand over (first name + initial). */
import { useId } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Basket } from '../../domain/distribution/baskets';
import { formatDay } from '../../domain/format/day-format';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';
import { useBasketContents } from '../../ui/use-basket-contents';
import { useProducerDay } from './use-producer-day';
import { useProducerId } from '../../db/hooks/use-producer-id';

function HandOverRow({ basket, name, contents, onToggle }: { basket: Basket; name: string; contents: string; onToggle: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const pending = basket.status === 'pending';
  return (
    <li className="list-row" data-testid="handover-row">
      <div>
        <p id={titleId}>
          <strong>{t('producer-view.ownNumber', { number: basket.number })}</strong> {name}
        </p>
        <p className="hint">{contents}</p>
        {basket.proxyName && <p>{t('checkoff.proxy', { name: basket.proxyName })}</p>}
        <span className="badge">{t(`checkoff.status.${basket.status}`)}</span>
      </div>
      <button type="button" className={pending ? 'primary' : undefined} aria-describedby={titleId} onClick={onToggle}>
        {t(pending ? 'checkoff.actions.collect' : 'checkoff.actions.reset')}
      </button>
    </li>
  );
}

export function ProducerDistributionScreen({ distributionId }: { distributionId: string }) {
  const { t, i18n } = useTranslation();
  const producer = useProducerId();
  const { loading, view, record } = useProducerDay(distributionId, producer.producerId);
  const contents = useBasketContents(view?.offers ?? new Map());
  const { error, run } = useActionError();

  if (loading || producer.loading) return <p aria-busy="true">{t('common.loading')}</p>;
  if (!producer.producerId) return <p className="notice">{t('producer-view.needProducer')}</p>;
  if (!view) return <p className="notice">{t('producer-view.notFound')}</p>;
  const { distribution, baskets, totals, offers, shortNames, counts, absent } = view;

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
          <p className="hint">{t('producer-view.ownNumbersHint')}</p>
          {absent.length > 0 && (
            <p>
              {t('producer-view.absent', {
                count: absent.length,
                members: absent
                  .map((entry) => `${entry.numbers.map((number) => t('producer-view.ownNumber', { number })).join(', ')} ${entry.name}`)
                  .join(' · '),
              })}
            </p>
          )}
          <ActionAlert error={error} />
          <ul className="list" aria-label={t('producer-view.toHandOver')}>
            {baskets.map((basket) => (
              <HandOverRow
                key={basket.contractId}
                basket={basket}
                name={shortNames.get(basket.memberId) ?? ''}
                contents={contents(basket)}
                onToggle={() => void run(record(basket, basket.status === 'pending' ? 'collected' : 'pending'))}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
