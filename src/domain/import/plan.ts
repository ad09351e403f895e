/**
 * An import's plan, made before anything is written: per file, per row, what will be created, what is already
 * there (skipped), what will be completed (a known member's missing group links) and what is refused, with the
 * reasons per column. Each row's writes are named mutations, checked with the mutations' own schemas (checkStep), so
 * the import refuses exactly what the forms refuse.
 */
import { IMPORT_KINDS, readHeader, type ColumnOf, type HeaderIssue, type ImportKind } from './columns';
import { MAX_ROWS, RowReader, type RowIssue } from './cells';
import { ImportIndex, type ExistingData } from './import-index';
import { planContractRow } from './plan-contracts';
import { planAreaRow, planGroupRow, planProducerRow } from './plan-entities';
import { planMemberRow } from './plan-members';
import type { ImportEnv, PlannedStep, RowContext, RowOutcome } from './row-planner';

export type RowStatus = 'create' | 'update' | 'skip' | 'error';

export interface PlannedRow {
  /** The row's number as a spreadsheet shows it (the header is line 1). */
  line: number;
  status: RowStatus;
  /** Who or what the row is about ("Marie Martin", "AMAP des Couronneries"), for the preview. */
  label: string;
  issues: RowIssue[];
  steps: PlannedStep[];
}

export interface FilePlan {
  kind: ImportKind;
  fileIssue: HeaderIssue | { message: 'import.file.tooManyRows'; params: { max: number } } | null;
  rows: PlannedRow[];
}

const PLANNERS: { [K in ImportKind]: (ctx: RowContext<K>) => RowOutcome | null } = {
  areas: planAreaRow,
  producers: planProducerRow,
  groups: planGroupRow,
  members: planMemberRow,
  contracts: planContractRow,
};

function cellCountIssue(cells: number, columns: number): RowIssue {
  return {
    column: null,
    message: cells > columns ? 'import.error.tooManyCells' : 'import.error.tooFewCells',
    params: { count: cells, columns },
  };
}

function planFile<K extends ImportKind>(kind: K, rows: readonly (readonly string[])[], index: ImportIndex, env: ImportEnv): FilePlan {
  const header = readHeader(kind, rows[0]);
  if (!header.ok) return { kind, fileIssue: header.issue, rows: [] };
  if (rows.length - 1 > MAX_ROWS) return { kind, fileIssue: { message: 'import.file.tooManyRows', params: { max: MAX_ROWS } }, rows: [] };
  const seen = new Map<string, number>();
  const planned: PlannedRow[] = [];
  rows.slice(1).forEach((cellsOfRow, i) => {
    if (cellsOfRow.every((cell) => cell.trim() === '')) return;
    const line = i + 2;
    // An unquoted separator inside a cell shifts every cell after it: checked first, or the last cells are lost
    // and the columns blamed are the wrong ones.
    if (cellsOfRow.length !== header.width) {
      planned.push({ line, status: 'error', label: '', issues: [cellCountIssue(cellsOfRow.length, header.width)], steps: [] });
      return;
    }
    const cells = new RowReader<K>(header.index as Map<ColumnOf<K>, number>, cellsOfRow);
    const outcome = PLANNERS[kind]({ line, cells, index, env, seen });
    const label = outcome?.label ?? '';
    if (cells.issues.length > 0 || !outcome) planned.push({ line, status: 'error', label, issues: cells.issues, steps: [] });
    else if (outcome.steps.length === 0) planned.push({ line, status: 'skip', label, issues: [], steps: [] });
    else planned.push({ line, status: outcome.existing ? 'update' : 'create', label, issues: [], steps: outcome.steps });
  });
  return { kind, fileIssue: null, rows: planned };
}

/** Plans the given files (already parsed into rows of cells, header first) in the order they must be applied. */
export function planImport(
  files: Partial<Record<ImportKind, readonly (readonly string[])[]>>,
  existing: ExistingData,
  env: ImportEnv,
): FilePlan[] {
  const index = new ImportIndex(existing);
  return IMPORT_KINDS.flatMap((kind) => {
    const rows = files[kind];
    return rows ? [planFile(kind, rows, index, env)] : [];
  });
}

export function countByStatus(plans: readonly FilePlan[]): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { create: 0, update: 0, skip: 0, error: 0 };
  for (const plan of plans) for (const row of plan.rows) counts[row.status] += 1;
  return counts;
}
