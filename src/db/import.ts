/**
 * Writes an import's planned rows through the one write path (runMutation), one row per transaction: a row's
 * mutations (a member and their group links, an offer and its contract) are all written or, if one is refused,
 * none of them is, outbox entries included.
 */
import type { PlannedStep } from '../domain/import/row-planner';
import type { FieldIssue } from '../domain/mutations/define';
import type { CourtCircuitDb } from './database';
import { mutationTables, runMutation } from './mutate';

class RowRefused extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super('import row refused');
  }
}

export type RowResult = { ok: true } | { ok: false; issues: FieldIssue[] };

export async function applyImportRow(db: CourtCircuitDb, steps: readonly PlannedStep[]): Promise<RowResult> {
  try {
    // The same tables as runMutation's own transaction, so each mutation's transaction nests inside this one.
    await db.transaction('rw', mutationTables(db), async () => {
      for (const step of steps) {
        const result = await runMutation(db, step.name, step.args);
        if (!result.ok) throw new RowRefused(result.issues);
      }
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof RowRefused) return { ok: false, issues: error.issues };
    console.error('import row failed', error);
    return { ok: false, issues: [{ path: '', message: 'validation.storageFailed' }] };
  }
}
