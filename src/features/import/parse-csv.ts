/**
 * Reads a chosen CSV file into rows of cells with papaparse (loaded on first use), in chunks so a large file
 * shows its progress and never freezes the screen. The separator (; or ,) is read from the header; a file too large is
 * refused before it is read, and the reading stops as soon as it has too many rows.
 */
import { MAX_FILE_BYTES, MAX_ROWS } from '../../domain/import/cells';
import { headerDelimiter } from '../../domain/import/columns';

export type ParsedFile =
  | { ok: true; rows: string[][] }
  | { ok: false; message: 'import.file.tooLarge' | 'import.file.tooManyRows' | 'import.file.unreadable'; params: Record<string, number> };

export async function parseCsvFile(file: File, onProgress: (fraction: number) => void): Promise<ParsedFile> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: 'import.file.tooLarge', params: { max: MAX_FILE_BYTES / 1024 / 1024 } };
  const { default: Papa } = await import('papaparse');
  return new Promise((resolve) => {
    const rows: string[][] = [];
    let tooMany = false;
    Papa.parse<string[]>(file, {
      skipEmptyLines: false,
      // Called once, with the first chunk.
      delimiter: headerDelimiter,
      chunkSize: 256 * 1024,
      chunk(results, parser) {
        for (const row of results.data) rows.push(row);
        onProgress(file.size === 0 ? 1 : Math.min(1, results.meta.cursor / file.size));
        // The header plus MAX_ROWS rows at most: past that, reading the rest is wasted time.
        if (rows.length > MAX_ROWS + 1) {
          tooMany = true;
          parser.abort();
        }
      },
      complete() {
        onProgress(1);
        if (tooMany) resolve({ ok: false, message: 'import.file.tooManyRows', params: { max: MAX_ROWS } });
        else resolve({ ok: true, rows });
      },
      error() {
        resolve({ ok: false, message: 'import.file.unreadable', params: {} });
      },
    });
  });
}
