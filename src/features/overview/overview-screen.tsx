import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../ui/checkbox-field';
import { formatDate } from '../../domain/format/day-format';
import { OverviewCharts } from './overview-charts';
import { OverviewDetails } from './overview-details';
import { KeyFigures, QuarterTable } from './overview-tables';
import { PeriodPicker } from './period-picker';
import { useOverview } from './use-overview';
import { useOverviewCsv } from './use-overview-csv';
import { usePeriod } from './use-period';
import './overview.css';

/** The coordinator's figures of the period, for the whole territory and by quarter, with charts and exports. */
export function OverviewScreen() {
  const { t, i18n } = useTranslation();
  const maskHintId = useId();
  const byQuarterId = useId();
  const { preset, draft, period, valid, choose, edit } = usePeriod();
  const [mask, setMask] = useState(false);
  const view = useOverview(period, mask);
  const { busy, exportCsv } = useOverviewCsv(view?.shown);
  const periodText = t('overview.period.text', { from: formatDate(period.from, i18n.language), to: formatDate(period.to, i18n.language) });
  const reportHref = `/overview/report?from=${period.from}&to=${period.to}${mask ? '&mask=1' : ''}`;

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <PeriodPicker preset={preset} draft={draft} valid={valid} onPreset={choose} onEdit={edit} />
      <CheckboxField label={t('overview.mask.label')} checked={mask} onChange={setMask} describedById={maskHintId} />
      <p id={maskHintId} className="hint">
        {t('overview.mask.hint')}
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !view} onClick={() => void exportCsv()}>
          {t('overview.actions.csv')}
        </button>
        <Link href={reportHref} className="button">
          {t('overview.actions.report')}
        </Link>
      </div>
      {!view ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <>
          <section aria-label={t('overview.keyFigures')}>
            <h2>{t('overview.keyFigures')}</h2>
            <p className="counter" role="status">
              {periodText}
            </p>
            <KeyFigures shown={view.shown} />
          </section>
          <section aria-labelledby={byQuarterId}>
            <h2 id={byQuarterId}>{t('overview.byQuarter')}</h2>
            <QuarterTable shown={view.shown} caption={`${t('overview.byQuarter')} — ${periodText}`} choosable />
            <p className="hint">{t('overview.byQuarterNote')}</p>
          </section>
          <OverviewCharts result={view.result} />
          <OverviewDetails shown={view.shown} />
        </>
      )}
    </>
  );
}
