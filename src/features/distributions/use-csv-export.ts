/** The sign-off sheet as a CSV file, made on the device; papaparse is loaded only when someone exports. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BASKET_SIZES } from '../../domain/distribution/distribution-entities';
import { downloadCsv } from '../../ui/download';
import { useQuantityText } from './use-quantity-text';
import { sheetCsvRows, sheetFileName, type SheetCsvLabels, type SignoffSheet } from '../../domain/distribution/signoff-sheet';

export function useCsvExport(sheet: SignoffSheet, groupName: string, date: string) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const quantity = useQuantityText();
  const exportCsv = async () => {
    setBusy(true);
    try {
      const sizes = new Map(BASKET_SIZES.map((size) => [size, t(`domain.basketSize.${size}`)]));
      const labels: SheetCsvLabels = {
        header: [
          t('distributions.sheet.number'),
          t('distributions.sheet.lastName'),
          t('distributions.sheet.firstName'),
          t('distributions.sheet.producer'),
          t('distributions.sheet.offer'),
          t('distributions.sheet.quantity'),
          t('distributions.sheet.size'),
          t('distributions.sheet.proxy'),
          t('distributions.sheet.signature'),
        ],
        size: (size) => sizes.get(size) ?? size,
        quantity,
        absent: t('distributions.sheet.absentMark'),
      };
      await downloadCsv(sheetCsvRows(sheet, labels), sheetFileName(groupName, date));
    } finally {
      setBusy(false);
    }
  };
  return { busy, exportCsv };
}
