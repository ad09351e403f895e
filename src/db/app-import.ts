/** The CSV import and export on the app's database: the rows they match against and write, and writing an import's rows. */
import type { ExportData } from '../domain/import/export-csv';
import type { PlannedStep } from '../domain/import/row-planner';
import { db } from './database';
import { applyImportRows, type RowResult } from './import';
import { readImportData } from './queries';

export { IMPORT_ROWS_PER_WRITE } from './import';

/** Live rows of the territory's tables, as the import matches them and the export writes them. */
export const readTerritory = (): Promise<ExportData> => readImportData(db);

/** Planned rows, each all its mutations or none, in one transaction (see import.ts). */
export const writeImportRows = (rows: readonly (readonly PlannedStep[])[]): Promise<RowResult[]> => applyImportRows(db, rows);
