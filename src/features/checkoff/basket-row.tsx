import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { Basket } from '../../domain/distribution/baskets';
import type { PickupStatus } from '../../domain/distribution/distribution-entities';
import { OtherCollectorForm } from './other-collector-form';

export type RecordAction = (basket: Basket, status: PickupStatus, collectedBy?: string) => void;

/** The words every row shows, translated once for the list rather than once per row. */
export interface RowLabels {
  t: TFunction;
  status: Record<PickupStatus, string>;
  collect: string;
  collectOther: string;
  notCollected: string;
  reset: string;
  /** « Panier 6 », the number stored on the distribution, the sheet's; « Panier (sans n°) » before it is known. */
  number: (number: number | null) => string;
}

export function rowLabels(t: TFunction): RowLabels {
  return {
    t,
    status: {
      pending: t('checkoff.status.pending'),
      collected: t('checkoff.status.collected'),
      collectedByOther: t('checkoff.status.collectedByOther'),
      notCollected: t('checkoff.status.notCollected'),
    },
    collect: t('checkoff.actions.collect'),
    collectOther: t('checkoff.actions.collectOther'),
    notCollected: t('checkoff.actions.notCollected'),
    reset: t('checkoff.actions.reset'),
    number: (number) => (number === null ? t('checkoff.unnumbered') : t('checkoff.number', { number })),
  };
}

interface BasketRowProps {
  basket: Basket;
  name: string;
  contents: string;
  labels: RowLabels;
  /** Whether this row shows the "collected by someone else" form (one row at a time). */
  askingName: boolean;
  onAskName: (contractId: string | null) => void;
  onRecord: RecordAction;
}

const sameBasket = (a: Basket, b: Basket) => (Object.keys(a) as (keyof Basket)[]).every((key) => a[key] === b[key]);

/**
 * One basket of the check-off. Memoised on the basket's fields: a tick re-renders its own row, not the hundred
 * shown (the list hands out new basket objects whenever a check-off changes). No hook of its own: a hundred rows'
 * hooks and translations were a good part of the list's first render on a slow phone.
 */
export const BasketRow = memo(
  BasketRowView,
  (before, after) =>
    before.name === after.name &&
    before.contents === after.contents &&
    before.labels === after.labels &&
    before.askingName === after.askingName &&
    before.onAskName === after.onAskName &&
    before.onRecord === after.onRecord &&
    sameBasket(before.basket, after.basket),
);

/** One basket of the check-off: who, what, the proxy, its status, and the one-tap actions. */
function BasketRowView({ basket, name, contents, labels, askingName, onAskName, onRecord }: BasketRowProps) {
  const { t } = labels;
  // Contract ids are unique in the list, and ids of the page's other elements are not built from them.
  const titleId = `basket-${basket.contractId}`;
  const pending = basket.status === 'pending';

  return (
    <li className={`basket-row status-${basket.status}`} aria-labelledby={titleId} data-testid="basket-row">
      <p id={titleId} className="basket-title">
        <strong>{labels.number(basket.number)}</strong> {name}
      </p>
      <p className="hint">{contents}</p>
      {basket.proxyName && <p>{t('checkoff.proxy', { name: basket.proxyName })}</p>}
      <p>
        {/* "Collected by someone else" says nothing more once the name is given. */}
        <span className={`badge status-${basket.status}`}>
          {basket.collectedBy ? t('checkoff.collectedBy', { name: basket.collectedBy }) : labels.status[basket.status]}
        </span>
      </p>
      {askingName ? (
        <OtherCollectorForm
          initialName={basket.proxyName ?? ''}
          onCancel={() => onAskName(null)}
          onConfirm={(other) => {
            onAskName(null);
            onRecord(basket, 'collectedByOther', other);
          }}
        />
      ) : (
        <div className="actions">
          {pending ? (
            <>
              <button type="button" className="primary" aria-describedby={titleId} onClick={() => onRecord(basket, 'collected')}>
                {labels.collect}
              </button>
              <button type="button" aria-describedby={titleId} onClick={() => onAskName(basket.contractId)}>
                {labels.collectOther}
              </button>
              <button type="button" aria-describedby={titleId} onClick={() => onRecord(basket, 'notCollected')}>
                {labels.notCollected}
              </button>
            </>
          ) : (
            <button type="button" aria-describedby={titleId} onClick={() => onRecord(basket, 'pending')}>
              {labels.reset}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
