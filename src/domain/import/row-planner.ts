/**
 * What the planner of one kind of row (plan-entities, plan-members, plan-contracts) is given and answers, and the
 * check of each step it plans against its mutation's own schema. Apart from plan.ts, which runs the planners, so
 * that they do not import it back.
 */
import { issuesFromZod } from '../mutations/define';
import { mutations, type MutationArgs, type MutationName } from '../mutations/registry';
import type { ImportKind } from './columns';
import type { RowReader } from './cells';
import type { ImportIndex } from './import-index';

export type PlannedStep = { [N in MutationName]: { name: N; args: MutationArgs<N> } }[MutationName];

export interface ImportEnv {
  deviceId: string;
  deviceName: string;
  now: Date;
  newId: () => string;
}

/** What a row planner works with: the row's cells, the index of known rows, and the lines seen in this file. */
export interface RowContext<K extends ImportKind> {
  line: number;
  cells: RowReader<K>;
  index: ImportIndex;
  env: ImportEnv;
  /** Natural key → first line that had it, for "same row as line N" within one file. */
  seen: Map<string, number>;
}

export interface RowOutcome {
  label: string;
  steps: PlannedStep[];
  /** The row names something that exists already (skipped, or completed when there are steps). */
  existing: boolean;
}

/** A form's wording that would send the reader to a control a file does not have, said for a file instead. */
const IN_A_FILE: Readonly<Record<string, string>> = { 'validation.contactRequired': 'import.contactRequired' };

/**
 * Runs a step's schema and adds its issues to the row, on the file's columns (through the step's field → column
 * map). A column already reported in words (an unknown product kind…) is not reported twice.
 */
export function checkStep<K extends ImportKind>(cells: RowReader<K>, step: PlannedStep, columnOf: Record<string, string>): void {
  const parsed = mutations[step.name].args.safeParse(step.args);
  if (parsed.success) return;
  const reported = new Set(cells.issues.map((issue) => issue.column));
  for (const issue of issuesFromZod(parsed.error)) {
    const column = columnOf[issue.path.split('.')[0]] ?? null;
    if (column === null || !reported.has(column)) cells.issues.push({ column, message: IN_A_FILE[issue.message] ?? issue.message });
    reported.add(column);
  }
}
