import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Basket } from '../../domain/baskets';
import type { PickupStatus } from '../../domain/distribution-entities';
import { OtherCollectorForm } from './other-collector-form';

export type RecordAction = (basket: Basket, status: PickupStatus, collectedBy?: string) => void;

interface BasketRowProps {
  basket: Basket;
  name: string;
  contents: string;
  onRecord: RecordAction;
}

const sameBasket = (a: Basket, b: Basket) => (Object.keys(a) as (keyof Basket)[]).every((key) => a[key] === b[key]);

/**
 * One basket of the check-off. Memoised on the basket's fields: a tick re-renders its own row, not the hundred
 * shown (the list hands out new basket objects whenever a check-off changes).
 */
export const BasketRow = memo(
  BasketRowView,
  (before, after) => before.name === after.name && before.contents === after.contents && before.onRecord === after.onRecord && sameBasket(before.basket, after.basket),
);

/** One basket of the check-off: who, what, the proxy, its status, and the one-tap actions. */
function BasketRowView({ basket, name, contents, onRecord }: BasketRowProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [askingName, setAskingName] = useState(false);
  const pending = basket.status === 'pending';

  return (
    <li className={`basket-row status-${basket.status}`} aria-labelledby={titleId} data-testid="basket-row">
      <p id={titleId} className="basket-title">
        <strong>{t('checkoff.number', { number: basket.number })}</strong> {name}
      </p>
      <p className="hint">{contents}</p>
      {basket.proxyName && <p>{t('checkoff.proxy', { name: basket.proxyName })}</p>}
      <p>
        <span className={`badge status-${basket.status}`}>{t(`checkoff.status.${basket.status}`)}</span>
        {basket.collectedBy && <> {t('checkoff.collectedBy', { name: basket.collectedBy })}</>}
      </p>
      {askingName ? (
        <OtherCollectorForm
          initialName={basket.proxyName ?? ''}
          onCancel={() => setAskingName(false)}
          onConfirm={(other) => {
            setAskingName(false);
            onRecord(basket, 'collectedByOther', other);
          }}
        />
      ) : (
        <div className="actions">
          {pending ? (
            <>
              <button type="button" className="primary" aria-describedby={titleId} onClick={() => onRecord(basket, 'collected')}>
                {t('checkoff.actions.collect')}
              </button>
              <button type="button" aria-describedby={titleId} onClick={() => setAskingName(true)}>
                {t('checkoff.actions.collectOther')}
              </button>
              <button type="button" aria-describedby={titleId} onClick={() => onRecord(basket, 'notCollected')}>
                {t('checkoff.actions.notCollected')}
              </button>
            </>
          ) : (
            <button type="button" aria-describedby={titleId} onClick={() => onRecord(basket, 'pending')}>
              {t('checkoff.actions.reset')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
