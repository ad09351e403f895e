/** Files made on the device and handed to the browser's download: no server involved, works offline. */
import { neutraliseRows } from '../domain/import/csv-safety';

export function downloadFile(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: let go of it a little later, or nothing is saved.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A CSV as French spreadsheets open it (semicolons, a byte-order mark for UTF-8), every formula-like cell made
 * plain text. papaparse is loaded here, on the first export, never with the app.
 */
export async function downloadCsv(rows: readonly (readonly string[])[], fileName: string): Promise<void> {
  const { default: Papa } = await import('papaparse');
  downloadFile(`\uFEFF${Papa.unparse(neutraliseRows(rows), { delimiter: ';' })}`, fileName, 'text/csv;charset=utf-8');
}
