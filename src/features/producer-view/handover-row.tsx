/** One basket on the producer's phone: its number (the sheet's), who, what, its status and the one-tap actions. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Basket } from '../../domain/distribution/baskets';
import type { PickupStatus } from '../../domain/distribution/distribution-entities';

interface HandOverRowProps {
  basket: Basket;
  name: string;
  contents: string;
  onRecord: (status: PickupStatus) => void;
}

export function HandOverRow({ basket, name, contents, onRecord }: HandOverRowProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const pending = basket.status === 'pending';
  return (
    <li className="list-row" data-testid="handover-row">
      <div>
        <p id={titleId}>
          <strong>{basket.number === null ? t('checkoff.unnumbered') : t('checkoff.number', { number: basket.number })}</strong> {name}
        </p>
        <p className="hint">{contents}</p>
        {basket.proxyName && <p>{t('checkoff.proxy', { name: basket.proxyName })}</p>}
        <span className={`badge status-${basket.status}`}>
          {basket.collectedBy ? t('checkoff.collectedBy', { name: basket.collectedBy }) : t(`checkoff.status.${basket.status}`)}
        </span>
      </div>
      <div className="actions">
        {pending ? (
          <>
            <button type="button" className="primary" aria-describedby={titleId} onClick={() => onRecord('collected')}>
              {t('checkoff.actions.collect')}
            </button>
            <button type="button" aria-describedby={titleId} onClick={() => onRecord('notCollected')}>
              {t('checkoff.actions.notCollected')}
            </button>
          </>
        ) : (
          <button type="button" aria-describedby={titleId} onClick={() => onRecord('pending')}>
            {t('checkoff.actions.reset')}
          </button>
        )}
      </div>
    </li>
  );
}
