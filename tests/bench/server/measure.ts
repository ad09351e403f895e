/** Rows of the benchmark table (the runner's format) and the few statistics they need. */
export interface BenchRow {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  target?: string;
  ratio?: number;
  pass?: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function summarize(name: string, unit: string, samples: readonly number[]): BenchRow {
  if (samples.length === 0) throw new Error(`no samples for ${name}`);
  return { name, unit, median: round(median(samples)), min: round(Math.min(...samples)), max: round(Math.max(...samples)), runs: samples.length };
}

/**
 * A ratio row: the per-run ratios (runs are interleaved pairs, so each ratio compares neighbours in time) with
 * their median, and the target as `>= x` or `<= x` on that median.
 */
export function ratioRow(name: string, ratios: readonly number[], target: { atLeast?: number; atMost?: number }): BenchRow {
  const row = summarize(name, '×', ratios);
  const pass = (target.atLeast === undefined || row.median >= target.atLeast) && (target.atMost === undefined || row.median <= target.atMost);
  const wanted = target.atLeast !== undefined ? `≥ ${target.atLeast}×` : `≤ ${target.atMost}×`;
  return { ...row, ratio: row.median, target: wanted, pass };
}

export function printRows(rows: readonly BenchRow[]): void {
  const cells = rows.map((r) => [r.name, r.unit, String(r.median), String(r.min), String(r.max), String(r.runs), r.target ?? '', r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS']);
  const header = ['benchmark', 'unit', 'median', 'min', 'max', 'runs', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i] as number) : v.padStart(widths[i] as number))).join('  ');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}
