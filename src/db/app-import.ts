/** The CSV import and export on the app's database: the rows they match against and write, and writing an import's row. */
import type { ExportData } from '../domain/import/export-csv';
import type { PlannedStep } from '../domain/import/row-planner';
import { db } from './database';
import { applyImportRow, type RowResult } from './import';
import { readImportData } from './queries';

/** Live rows of the territory's tables, as the import matches them and the export writes them. */
export const readTerritory = (): Promise<ExportData> => readImportData(db);

/** One planned row, all its mutations or none (see import.ts). */
export const writeImportRow = (steps: readonly PlannedStep[]): Promise<RowResult> => applyImportRow(db, steps);
