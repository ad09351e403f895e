import { exportLocalData } from '../../db/app-export';
import { downloadFile } from '../../ui/download';

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** court-circuit-export-YYYY-MM-DD.json, with the user's local date (the day they see on their phone). */
export function exportFileName(date: Date): string {
  return `court-circuit-export-${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}.json`;
}

/** Saves every local table as a JSON file through the browser's download; returns the file's name. */
export async function downloadExport(now: Date = new Date()): Promise<string> {
  const data = await exportLocalData(now);
  const fileName = exportFileName(now);
  downloadFile(JSON.stringify(data, null, 2), fileName, 'application/json');
  return fileName;
}
