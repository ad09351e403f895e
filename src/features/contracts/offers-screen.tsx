import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { NO_ROWS, useOffers, useProducers } from '../../db/hooks/use-lists';
import { Field } from '../../ui/field';
import { useFormats } from '../../ui/use-formats';

/** The producers' offers, filtered by producer; the filter lives in the address so a back press keeps it. */
export function OffersScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const producerId = new URLSearchParams(useSearch()).get('producer') ?? '';
  const offers = useOffers();
  const producers = useProducers();
  const { euros } = useFormats();
  const producerNames = new Map((producers ?? NO_ROWS).map((producer) => [producer.id, producer.name]));
  const shown = (offers ?? NO_ROWS).filter((offer) => producerId === '' || offer.producerId === producerId);

  return (
    <>
      <h1>{t('contracts.offers.title')}</h1>
      <div className="actions">
        <Link href={producerId ? `/offers/new?producer=${producerId}` : '/offers/new'} className="button primary">
          {t('contracts.offers.new')}
        </Link>
        <Link href="/contracts" className="button">
          {t('contracts.title')}
        </Link>
      </div>
      <Field label={t('contracts.filters.producer')}>
        {(control) => (
          <select
            {...control}
            value={producerId}
            onChange={(e) => navigate(e.target.value ? `/offers?producer=${e.target.value}` : '/offers', { replace: true })}
          >
            <option value="">{t('common.all')}</option>
            {(producers ?? NO_ROWS).map((producer) => (
              <option key={producer.id} value={producer.id}>
                {producer.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {offers === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="hint">{t('contracts.offers.empty')}</p>
      ) : (
        <ul className="list" aria-label={t('contracts.offers.title')}>
          {shown.map((offer) => (
            <li key={offer.id}>
              <Link href={`/offers/${offer.id}`}>
                <strong>{offer.name}</strong>
                <br />
                <span className="hint">
                  {[
                    producerNames.get(offer.producerId) ?? t('common.none'),
                    t(`domain.productKind.${offer.productKind}`),
                    t('contracts.offers.pricePer', {
                      price: euros(offer.defaultPriceCents),
                      unit: t(`domain.unit.${offer.unit}`, { count: 1 }),
                    }),
                  ].join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
