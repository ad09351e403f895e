/** The overview as a CSV file made on the device; papaparse is loaded only when someone exports. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Count, OverviewResult } from '../../domain/overview/overview-types';
import { formatCell, overviewTable } from '../../domain/overview/overview-table';
import { downloadCsv } from '../../ui/download';
import { columnLabel, rowLabel } from './labels';

export function useOverviewCsv(shown: OverviewResult<Count> | undefined) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const exportCsv = async () => {
    if (!shown) return;
    setBusy(true);
    try {
      const table = overviewTable(shown);
      const cell = (value: Count) => formatCell({ kind: 'count', value }, i18n.language);
      const rows = [
        [t('overview.indicator'), ...table.columns.map((column) => columnLabel(t, column))],
        ...table.rows.map((row) => [rowLabel(t, row.key), ...row.cells.map((c) => formatCell(c, i18n.language))]),
        [],
        [t('overview.charts.month'), t('overview.charts.signups'), t('overview.charts.distributions')],
        ...shown.months.map((month) => [month.month, cell(month.signups), cell(month.distributions)]),
      ];
      // Quarter names are typed by people: downloadCsv makes a name starting with = plain text.
      await downloadCsv(rows, t('overview.csvFile', { from: shown.period.from, to: shown.period.to }));
    } finally {
      setBusy(false);
    }
  };
  return { busy, exportCsv };
}
