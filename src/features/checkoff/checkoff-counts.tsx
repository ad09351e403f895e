import { useTranslation } from 'react-i18next';
import type { DayCounts } from '../../domain/distribution/baskets';

/** Always in view: how many baskets are collected, remain, were not collected, of those due. */
export function CheckoffCounts({ counts }: { counts: DayCounts }) {
  const { t } = useTranslation();
  const items = [
    ['collected', counts.collected],
    ['remaining', counts.remaining],
    ['notCollected', counts.notCollected],
    ['due', counts.due],
  ] as const;
  return (
    <dl className="checkoff-counts" data-testid="checkoff-counts">
      {items.map(([key, value]) => (
        <div key={key} data-testid={`count-${key}`}>
          <dt>{t(`checkoff.counts.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
