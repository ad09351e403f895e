import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../domain/distribution/distribution-entities';
import { formatDay } from '../../domain/format/day-format';

interface DistributionListProps {
  label: string;
  distributions: readonly Distribution[];
  groupNames: ReadonlyMap<string, string>;
}

/** A list of distributions, each a link to its day. */
export function DistributionList({ label, distributions, groupNames }: DistributionListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="list" aria-label={label}>
      {distributions.map((d) => (
        <li key={d.id}>
          <Link href={`/distributions/${d.id}`}>
            <strong>{formatDay(d.date, i18n.language, { withYear: true })}</strong>
            <br />
            <span className="hint">
              {[groupNames.get(d.groupId), t('distributions.hours', { start: d.startTime, end: d.endTime }), d.place]
                .filter((part) => part)
                .join(' · ')}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
