/** Exports areas, members, producers, groups or contracts as a CSV file in the import's format; papaparse loads on use. */
import { useState } from 'react';
import { readTerritory } from '../../db/app-import';
import type { ImportKind } from '../../domain/import/columns';
import { exportFileName, exportRows } from '../../domain/import/export-csv';
import { downloadCsv } from '../../ui/download';

export function useFormatExport() {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const exportKind = async (kind: ImportKind) => {
    setBusy(true);
    try {
      const data = await readTerritory();
      const fileName = exportFileName(kind, new Date().toISOString().slice(0, 10));
      await downloadCsv(exportRows(kind, data), fileName);
      setSaved(fileName);
    } finally {
      setBusy(false);
    }
  };
  return { busy, saved, exportKind };
}
