/** The overview as a CSV file made on the device; papaparse is loaded only when someone exports. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { neutraliseRows } from '../../domain/csv-safety';
import { formatCell, overviewTable, type Count, type OverviewResult } from '../../domain/overview';
import { columnLabel, rowLabel } from './labels';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled, or some browsers download nothing.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useOverviewCsv(shown: OverviewResult<Count> | undefined) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const exportCsv = async () => {
    if (!shown) return;
    setBusy(true);
    try {
      const { default: Papa } = await import('papaparse');
      const table = overviewTable(shown);
      const cell = (value: Count) => formatCell({ kind: 'count', value }, i18n.language);
      const rows = [
        [t('overview.indicator'), ...table.columns.map((column) => columnLabel(t, column))],
        ...table.rows.map((row) => [rowLabel(t, row.key), ...row.cells.map((c) => formatCell(c, i18n.language))]),
        [],
        [t('overview.charts.month'), t('overview.charts.signups'), t('overview.charts.distributions')],
        ...shown.months.map((month) => [month.month, cell(month.signups), cell(month.distributions)]),
      ];
      // Quarter names are typed by people: a name starting with = must not run as a formula in a spreadsheet.
      const text = Papa.unparse(neutraliseRows(rows), { delimiter: ';' });
      download(`\uFEFF${text}`, t('overview.csvFile', { from: shown.period.from, to: shown.period.to }));
    } finally {
      setBusy(false);
    }
  };
  return { busy, exportCsv };
}
