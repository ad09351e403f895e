/** The sign-off sheet as a CSV file, made on the device; papaparse is loaded only when someone exports. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BASKET_SIZES } from '../../domain/distribution-entities';
import { sheetCsvRows, sheetFileName, type SheetCsvLabels, type SignoffSheet } from '../../domain/signoff-sheet';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled, or some browsers download nothing.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useCsvExport(sheet: SignoffSheet, groupName: string, date: string) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const exportCsv = async () => {
    setBusy(true);
    try {
      const { default: Papa } = await import('papaparse');
      const sizes = new Map(BASKET_SIZES.map((size) => [size, t(`distributions.size.${size}`)]));
      const labels: SheetCsvLabels = {
        header: [
          t('distributions.sheet.number'),
          t('distributions.sheet.lastName'),
          t('distributions.sheet.firstName'),
          t('distributions.sheet.offer'),
          t('distributions.sheet.quantity'),
          t('distributions.sheet.size'),
          t('distributions.sheet.proxy'),
          t('distributions.sheet.signature'),
        ],
        size: (size) => sizes.get(size) ?? size,
        absent: t('distributions.sheet.absentMark'),
      };
      // Semicolons and a byte-order mark: what a French spreadsheet expects to open a UTF-8 file in columns.
      const text = Papa.unparse(sheetCsvRows(sheet, labels), { delimiter: ';' });
      download(`\uFEFF${text}`, sheetFileName(groupName, date));
    } finally {
      setBusy(false);
    }
  };
  return { busy, exportCsv };
}
