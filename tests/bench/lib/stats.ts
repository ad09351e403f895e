/** Figures of a series: median (or any percentile, nearest-rank), min, max, count. */
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
