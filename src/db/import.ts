/**
 * Writes an import's planned rows through the write path for many mutations (mutate-groups.ts): a chunk of rows in
 * one transaction, each row's mutations (a member and their group links, an offer and its contract) all written or,
 * if one is refused, none of them, outbox entries included, and a refused row leaving the others.
 */
import type { PlannedStep } from '../domain/import/row-planner';
import type { CourtCircuitDb } from './database';
import { runMutationGroups, type GroupResult } from './mutate-groups';

export type RowResult = GroupResult;

/**
 * Rows written per transaction: few commits, and the progress shown between two of them still moves. Each commit
 * also re-runs the live queries over the tables written, some of which scan a whole table (the demo offer's): with
 * 250 rows a commit, those scans grew with the table into most of a 10,000-row import's time.
 */
export const IMPORT_ROWS_PER_WRITE = 1000;

/** One outcome per row, in order. */
export function applyImportRows(db: CourtCircuitDb, rows: readonly (readonly PlannedStep[])[]): Promise<RowResult[]> {
  return runMutationGroups(db, rows);
}
