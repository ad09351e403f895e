/** Changes the server refused: what they were, when, and why; each stays until someone says they read it. */
import { useTranslation } from 'react-i18next';
import type { RejectedRecord } from '../../db/database';
import type { RefusedBasket } from '../../db/session';
import { formatDay } from '../../domain/format/day-format';
import { useBasketMemberName } from '../../ui/use-basket-member-name';
import { formatSyncTime } from '../../domain/format/instant-format';
import { subjectOf, useRejected } from './use-rejected';

function RejectedItem({ entry, basket, onDismiss }: { entry: RejectedRecord; basket: RefusedBasket | undefined; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const memberName = useBasketMemberName();
  const subject = basket
    ? t('sync.rejected.basket', { member: memberName(basket), date: formatDay(basket.date, i18n.language) })
    : subjectOf(entry.args);
  const made = formatSyncTime(entry.createdAt, i18n.language);
  const reasons =
    entry.issues.length > 0
      ? entry.issues.map((issue) => t(issue.message))
      : [t(`sync.rejection.${entry.code}`, { defaultValue: t('sync.rejection.other') })];
  return (
    <li className="card">
      <p>
        <strong>{t(`sync.mutations.${entry.name}`, { defaultValue: entry.name })}</strong>
        {subject && ` — ${subject}`}
      </p>
      <p className="hint">{t('sync.rejected.madeAt', { date: made.date, time: made.time })}</p>
      <ul>
        {[...new Set(reasons)].map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('sync.rejected.dismiss')}
      </button>
    </li>
  );
}

export function RejectedList() {
  const { t } = useTranslation();
  const { rejected, baskets, dismiss } = useRejected();
  return (
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">{t('sync.rejected.title')}</h2>
      {rejected.length === 0 ? (
        <p className="hint">{t('sync.rejected.none')}</p>
      ) : (
        <>
          <p>{t('sync.rejected.intro')}</p>
          <ul className="list">
            {rejected.map((entry) => (
              <RejectedItem
                key={entry.mutationId}
                entry={entry}
                basket={baskets.get(entry.mutationId)}
                onDismiss={() => void dismiss(entry.mutationId)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
