import { Link, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { formatDate, localToday } from '../../domain/format/day-format';
import { reportParams, type Period } from '../../domain/overview/overview-period';
import { KeyFigures, QuarterTable } from './overview-tables';
import { useOverview } from './use-overview';
import './overview.css';

/** The one-page A4 report of a period: key figures and the by-quarter table, made on the device. */
export function OverviewReportScreen({ from, to, mask }: Period & { mask: boolean }) {
  const { t, i18n } = useTranslation();
  const view = useOverview({ from, to }, mask);
  const periodText = t('overview.period.text', { from: formatDate(from, i18n.language), to: formatDate(to, i18n.language) });
  return (
    <article className="overview-report">
      <div className="actions no-print">
        <Link href="/overview">{t('overview.actions.back')}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('overview.actions.print')}
        </button>
      </div>
      <h1>{t('overview.report.title')}</h1>
      <p className="counter">{periodText}</p>
      {mask && <p>{t('overview.report.masked')}</p>}
      {!view ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <>
          <KeyFigures shown={view.shown} />
          <QuarterTable shown={view.shown} caption={t('overview.byQuarter')} />
          <p className="hint">{t('overview.byQuarterNote')}</p>
        </>
      )}
      <p className="hint">{t('overview.report.made', { date: formatDate(localToday(), i18n.language) })}</p>
    </article>
  );
}

/** /overview/report?from=…&to=…&mask=1 */
export function OverviewReportRoute() {
  const search = useSearch();
  return <OverviewReportScreen {...reportParams(search, localToday())} />;
}
