/** Figures of a series (median or any percentile, nearest-rank; min, max, count) and rows of the runner's table. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summary(values: readonly number[]) {
  return { median: percentile(values, 50), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** One row of the runner's table (tests/bench/run.mjs). */
export interface BenchRow {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  p95?: number;
  target?: string;
  ratio?: number;
  pass?: boolean;
  note?: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function summarize(name: string, unit: string, samples: readonly number[]): BenchRow {
  if (samples.length === 0) throw new Error(`no samples for ${name}`);
  return {
    name,
    unit,
    median: round(percentile(samples, 50)),
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    runs: samples.length,
  };
}

/** A row of one measurement (a byte count, a single timed run): median, min and max are that value. */
export function singleRow(name: string, unit: string, value: number, extra: Partial<BenchRow> = {}): BenchRow {
  return { name, unit, median: value, min: value, max: value, runs: 1, ...extra };
}

/**
 * A ratio row: the per-run ratios (runs are interleaved pairs, so each ratio compares neighbours in time) with
 * their median, and the target as `>= x` or `<= x` on that median.
 */
export function ratioRow(name: string, ratios: readonly number[], target: { atLeast?: number; atMost?: number }): BenchRow {
  const row = summarize(name, '×', ratios);
  const pass =
    (target.atLeast === undefined || row.median >= target.atLeast) && (target.atMost === undefined || row.median <= target.atMost);
  const wanted = target.atLeast !== undefined ? `≥ ${target.atLeast}×` : `≤ ${target.atMost}×`;
  return { ...row, ratio: row.median, target: wanted, pass };
}

export function printRows(rows: readonly BenchRow[]): void {
  const cells = rows.map((r) => [
    r.name,
    r.unit,
    String(r.median),
    String(r.min),
    String(r.max),
    String(r.runs),
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS',
  ]);
  const header = ['benchmark', 'unit', 'median', 'min', 'max', 'runs', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i] as number) : v.padStart(widths[i] as number))).join('  ');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}
