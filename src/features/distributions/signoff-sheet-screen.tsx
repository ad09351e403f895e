import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../domain/format/day-format';
import { SignoffTable } from './signoff-table';
import { useCsvExport } from './use-csv-export';
import { useDistributionDay, type DistributionDayView } from './use-distribution-day';
import './distributions.css';

function Sheet({ view }: { view: DistributionDayView }) {
  const { t, i18n } = useTranslation();
  const { distribution, sheet } = view;
  const groupName = view.group?.name ?? '';
  const { busy, exportCsv } = useCsvExport(sheet, groupName, distribution.date);

  return (
    <article className="signoff-sheet">
      <div className="actions no-print">
        <Link href={`/distributions/${distribution.id}`}>{t('distributions.sheet.back')}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('distributions.sheet.print')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv()}>
          {t('distributions.sheet.csv')}
        </button>
      </div>
      <h1>{t('distributions.sheet.title', { group: groupName })}</h1>
      <p>
        {formatDay(distribution.date, i18n.language, { withYear: true })}
        {' · '}
        {t('distributions.hours', { start: distribution.startTime, end: distribution.endTime })}
        {distribution.place && ` · ${distribution.place}`}
      </p>
      {sheet.rows.length === 0 ? <p>{t('distributions.baskets.none')}</p> : <SignoffTable sheet={sheet} />}
      {sheet.absent.length > 0 && (
        <section className="signoff-absent">
          <h2>{t('distributions.sheet.absentTitle', { count: sheet.absent.length })}</h2>
          <ul aria-label={t('distributions.sheet.absentTitle', { count: sheet.absent.length })}>
            {sheet.absent.map((row) => (
              <li key={row.memberId}>
                {`${row.numbers.join(', ')}. ${row.lastName} ${row.firstName}`.trim()}
                {row.offerNames.length > 0 && ` — ${row.offerNames.join(', ')}`}
                {row.note && ` (${row.note})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** The printable A4 sign-off sheet ("émargement"), made on the device with no server, and its CSV. */
export function SignoffSheetScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const view = useDistributionDay(id);
  if (view === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (view === null) {
    return (
      <>
        <Link href="/distributions">{t('distributions.backToList')}</Link>
        <h1>{t('distributions.notFoundTitle')}</h1>
        <p>{t('distributions.notFound')}</p>
      </>
    );
  }
  return <Sheet view={view} />;
}
