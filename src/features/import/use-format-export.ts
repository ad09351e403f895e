/** Exports members, producers, groups or contracts as a CSV file in the import's format; papaparse loads on use. */
import { useState } from 'react';
import { db } from '../../db/database';
import { readImportData } from '../../db/queries';
import type { ImportKind } from '../../domain/import/columns';
import { exportFileName, exportRows } from '../../domain/import/export-csv';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled, or some browsers download nothing.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useFormatExport() {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const exportKind = async (kind: ImportKind) => {
    setBusy(true);
    try {
      const [{ default: Papa }, data] = await Promise.all([import('papaparse'), readImportData(db)]);
      const fileName = exportFileName(kind, new Date().toISOString().slice(0, 10));
      // Semicolons and a byte-order mark: what a French spreadsheet needs to open UTF-8 text in columns.
      download(`\uFEFF${Papa.unparse(exportRows(kind, data), { delimiter: ';' })}`, fileName);
      setSaved(fileName);
    } finally {
      setBusy(false);
    }
  };
  return { busy, saved, exportKind };
}
