import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewResult } from '../../domain/overview/overview-types';
import { monthLabel } from './labels';
import { OverviewChart } from './overview-chart';

/** The two charts of the overview, on the exact figures: people by quarter, sign-ups and distributions by month. */
export function OverviewCharts({ result }: { result: OverviewResult }) {
  const { t, i18n } = useTranslation();
  const byQuarter = useMemo(
    () => ({
      labels: result.quarters.map((quarter) => (quarter.areaId === null ? t('overview.noQuarter') : quarter.name)),
      series: [
        { label: t('overview.rows.people.members'), values: result.quarters.map((quarter) => quarter.figures.people.members) },
        { label: t('overview.rows.people.newSignups'), values: result.quarters.map((quarter) => quarter.figures.people.newSignups) },
      ],
    }),
    [result, t],
  );
  const byMonth = useMemo(
    () => ({
      labels: result.months.map((month) => monthLabel(month.month, i18n.language)),
      series: [
        { label: t('overview.charts.signups'), values: result.months.map((month) => month.signups) },
        { label: t('overview.charts.distributions'), values: result.months.map((month) => month.distributions) },
      ],
    }),
    [result, t, i18n.language],
  );
  return (
    <div className="overview-charts">
      <OverviewChart title={t('overview.charts.byQuarter')} categoryLabel={t('overview.charts.quarter')} {...byQuarter} />
      <OverviewChart title={t('overview.charts.byMonth')} categoryLabel={t('overview.charts.month')} {...byMonth} />
    </div>
  );
}
