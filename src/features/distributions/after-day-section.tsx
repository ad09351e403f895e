import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isCollected } from '../../domain/distribution/baskets';
import { Field } from '../../ui/field';
import { useBasketContents } from '../../ui/use-basket-contents';
import type { DistributionDayView } from './use-distribution-day';
import { useLoyalty } from './use-loyalty';

const parseCount = (text: string) => (/^\d+$/.test(text) ? Number(text) : 0);

/** After a past distribution: the baskets nobody collected, and how loyal the group's members are. */
export function AfterDaySection({ view }: { view: DistributionDayView }) {
  const { t } = useTranslation();
  const contents = useBasketContents(view.offers);
  const titleId = useId();
  const loyaltyId = useId();
  const left = view.day.due.filter((basket) => !isCollected(basket.status));
  const { atLeast, setAtLeast, lastCount, setLastCount, valid, figure } = useLoyalty(view.distribution.groupId);
  const countInput = (label: string, value: number, set: (n: number) => void, error?: string) => (
    <Field label={label} error={error}>
      {(control) => (
        <input {...control} type="number" inputMode="numeric" min={1} value={value} onChange={(e) => set(parseCount(e.target.value))} />
      )}
    </Field>
  );

  return (
    <>
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>{t('distributions.after.title', { count: left.length })}</h2>
        {left.length === 0 ? (
          <p className="hint">{t('distributions.after.allCollected')}</p>
        ) : (
          <ul className="list" aria-label={t('distributions.after.list')}>
            {left.map((basket) => (
              <li key={basket.contractId}>
                {`${basket.number ?? '–'}. ${view.nameOf(basket.memberId)} — `}
                {contents(basket)}
                {' · '}
                {t(`distributions.status.${basket.status}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={loyaltyId}>
        <h2 id={loyaltyId}>{t('distributions.loyalty.title')}</h2>
        <div className="distribution-hours">
          {countInput(t('distributions.loyalty.atLeast'), atLeast, setAtLeast, valid ? undefined : 'distributions.loyalty.invalid')}
          {countInput(t('distributions.loyalty.lastCount'), lastCount, setLastCount)}
        </div>
        {figure && (
          <p className="counter" role="status">
            {t('distributions.loyalty.figure', { loyal: figure.loyal, members: figure.members, atLeast, lastCount })}
          </p>
        )}
      </section>
    </>
  );
}
