/**
 * Reads a chosen CSV file into rows of cells with papaparse (loaded on first use), in chunks so a large file
 * shows its progress and never freezes the screen. The file is decoded as UTF-8, or as Windows-1252 when it is not
 * valid UTF-8; the separator (; or ,) is read from the header; a file too large is refused before it is read, and
 * the reading stops as soon as it has too many rows.
 */
import type { ParseResult, Parser } from 'papaparse';
import { MAX_FILE_BYTES, MAX_ROWS } from '../../domain/import/cells';
import { headerDelimiter } from '../../domain/import/columns';

export type CsvEncoding = 'utf-8' | 'windows-1252';

export type ParsedFile =
  | { ok: true; rows: string[][]; encoding: CsvEncoding }
  | { ok: false; message: 'import.file.tooLarge' | 'import.file.tooManyRows' | 'import.file.unreadable'; params: Record<string, number> };

/**
 * Excel's "CSV (séparateur : point-virgule)" on a French Windows writes Windows-1252, whose accented letters are
 * not valid UTF-8: read as UTF-8 they would be stored as "Trois-Cit�s". A UTF-8 byte-order mark is dropped.
 */
export function decodeCsv(bytes: ArrayBuffer): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

async function readBytes(file: File): Promise<ArrayBuffer | null> {
  try {
    return await file.arrayBuffer();
  } catch {
    return null;
  }
}

export async function parseCsvFile(file: File, onProgress: (fraction: number) => void): Promise<ParsedFile> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: 'import.file.tooLarge', params: { max: MAX_FILE_BYTES / 1024 / 1024 } };
  const bytes = await readBytes(file);
  if (!bytes) return { ok: false, message: 'import.file.unreadable', params: {} };
  // Decoded whole, not chunk by chunk: a letter of two bytes cut by a chunk's end would be lost.
  const { text, encoding } = decodeCsv(bytes);
  const { default: Papa } = await import('papaparse');
  return new Promise((resolve) => {
    const rows: string[][] = [];
    let tooMany = false;
    Papa.parse<string[]>(text, {
      skipEmptyLines: false,
      delimiter: headerDelimiter(text),
      chunkSize: 256 * 1024,
      chunk(results: ParseResult<string[]>, parser: Parser) {
        for (const row of results.data) rows.push(row);
        onProgress(text.length === 0 ? 1 : Math.min(1, results.meta.cursor / text.length));
        // The header plus MAX_ROWS rows at most: past that, reading the rest is wasted time.
        if (rows.length > MAX_ROWS + 1) {
          tooMany = true;
          parser.abort();
          return;
        }
        // A string is parsed in one go otherwise: pausing lets the screen paint the progress between chunks.
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        onProgress(1);
        if (tooMany) resolve({ ok: false, message: 'import.file.tooManyRows', params: { max: MAX_ROWS } });
        else resolve({ ok: true, rows, encoding });
      },
      error() {
        resolve({ ok: false, message: 'import.file.unreadable', params: {} });
      },
    });
  });
}
