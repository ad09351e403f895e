/**
 * The import's steps on screen: files chosen and read (with progress), a plan shown before anything is written,
 * then, on "Importer", the rows written through the write path a chunk at a time (with progress), and a summary.
 */
import { useRef, useState } from 'react';
import { readDevice } from '../../db/app-device';
import { IMPORT_ROWS_PER_WRITE, readTerritory, writeImportRows } from '../../db/app-import';
import type { RowIssue } from '../../domain/import/cells';
import type { ImportKind } from '../../domain/import/columns';
import { countByStatus, planImport, type FilePlan } from '../../domain/import/plan';
import { newId } from '../../domain/rows/ids';
import { parseCsvFile, type CsvEncoding } from './parse-csv';

export type FileState =
  | { name: string; status: 'reading'; progress: number }
  | { name: string; status: 'read'; rows: string[][]; encoding: CsvEncoding }
  | { name: string; status: 'refused'; message: string; params: Record<string, number> };

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
  refused: number;
  /** Rows the write path refused although the plan found them valid (the data changed in between). */
  failures: { kind: ImportKind; line: number; issue: RowIssue }[];
}

type Files = Partial<Record<ImportKind, FileState>>;

export function useImport() {
  const filesRef = useRef<Files>({});
  const [files, setFiles] = useState<Files>({});
  const [plans, setPlans] = useState<FilePlan[] | null>(null);
  const [writing, setWriting] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  // Changes after an import, so the file inputs are emptied for the next one.
  const [round, setRound] = useState(0);

  const setFile = (kind: ImportKind, state: FileState | undefined) => {
    const next: Files = { ...filesRef.current, [kind]: state };
    filesRef.current = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
    setFiles(filesRef.current);
  };

  const replan = async () => {
    const read: Partial<Record<ImportKind, string[][]>> = {};
    for (const [kind, state] of Object.entries(filesRef.current) as [ImportKind, FileState][])
      if (state.status === 'read') read[kind] = state.rows;
    if (Object.keys(read).length === 0) {
      setPlans(null);
      return;
    }
    const [data, device] = await Promise.all([readTerritory(), readDevice()]);
    setPlans(planImport(read, data, { deviceId: device.clientId, deviceName: device.deviceName, now: new Date(), newId }));
  };

  const chooseFile = async (kind: ImportKind, file: File | undefined) => {
    setResult(null);
    if (!file) {
      setFile(kind, undefined);
      await replan();
      return;
    }
    setFile(kind, { name: file.name, status: 'reading', progress: 0 });
    const parsed = await parseCsvFile(file, (progress) => setFile(kind, { name: file.name, status: 'reading', progress }));
    setFile(
      kind,
      parsed.ok
        ? { name: file.name, status: 'read', rows: parsed.rows, encoding: parsed.encoding }
        : { name: file.name, status: 'refused', message: parsed.message, params: parsed.params },
    );
    await replan();
  };

  const importNow = async () => {
    if (!plans) return;
    const counts = countByStatus(plans);
    const todo = plans.flatMap((plan) => plan.rows.filter((row) => row.steps.length > 0).map((row) => ({ kind: plan.kind, row })));
    const outcome: ImportResult = { created: 0, updated: 0, skipped: counts.skip, refused: counts.error, failures: [] };
    setWriting({ done: 0, total: todo.length });
    for (let start = 0; start < todo.length; start += IMPORT_ROWS_PER_WRITE) {
      const chunk = todo.slice(start, start + IMPORT_ROWS_PER_WRITE);
      const written = await writeImportRows(chunk.map(({ row }) => row.steps));
      chunk.forEach(({ kind, row }, n) => {
        const result = written[n];
        if (result && !result.ok) {
          outcome.refused += 1;
          outcome.failures.push({
            kind,
            line: row.line,
            issue: { column: null, message: result.issues[0]?.message ?? 'validation.invalid' },
          });
        } else if (row.status === 'update') outcome.updated += 1;
        else outcome.created += 1;
      });
      setWriting({ done: start + chunk.length, total: todo.length });
    }
    filesRef.current = {};
    setFiles({});
    setPlans(null);
    setWriting(null);
    setResult(outcome);
    setRound((r) => r + 1);
  };

  return { files, plans, writing, result, round, chooseFile, importNow };
}
