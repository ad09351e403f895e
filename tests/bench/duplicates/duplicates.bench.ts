/**
 * The duplicate check at the stand against 10,000 members: the time of one keystroke's check (the index built once
 * per list of members), the time to build that index, and the duplicates screen's whole-list pass. Target: a
 * keystroke under one frame (16 ms) at p95. Also the precision and recall figures of quality.ts.
 */
import { buildLargeDataset } from '../../../src/data/large-dataset';
import { findDuplicatePairs } from '../../../src/domain/people/duplicate-pairs';
import { DuplicateIndex } from '../../../src/domain/people/duplicates';
import { percentile } from '../lib/stats';
import { summarize, type BenchRow } from '../lib/stats';
import { datasets, measure } from './quality';

const FRAME_MS = 16;

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  const members = buildLargeDataset({ members: smoke ? 2_000 : 10_000 }).members;
  const quarterId = members[0]?.quarterId ?? null;
  const typed = { first: 'Amelie', last: 'Durant', phone: '0612345678' };
  const builds: number[] = [];
  const keystrokes: number[] = [];
  let index = new DuplicateIndex(members);
  for (let run = 0; run < (smoke ? 2 : 10); run += 1) {
    const started = performance.now();
    index = new DuplicateIndex(members);
    builds.push(performance.now() - started);
  }
  for (let run = 0; run < (smoke ? 2 : 20); run += 1) {
    // The draft as it grows, one keystroke at a time: first name, last name, then phone.
    const draft = { firstName: '', lastName: '', phone: '', email: '', quarterId };
    for (const [field, text] of [
      ['firstName', typed.first],
      ['lastName', typed.last],
      ['phone', typed.phone],
    ] as const) {
      for (const letter of text) {
        draft[field] += letter;
        const started = performance.now();
        index.find(draft);
        keystrokes.push(performance.now() - started);
      }
    }
  }
  const pairsRuns: number[] = [];
  for (let run = 0; run < (smoke ? 1 : 3); run += 1) {
    const started = performance.now();
    findDuplicatePairs(members);
    pairsRuns.push(performance.now() - started);
  }
  const p95 = percentile(keystrokes, 95);
  const rows: BenchRow[] = [
    {
      ...summarize(`duplicate check per keystroke, ${members.length} members`, 'ms', keystrokes),
      p95,
      target: `p95 ≤ ${FRAME_MS} ms`,
      pass: p95 <= FRAME_MS,
    },
    summarize(`duplicate index build, ${members.length} members`, 'ms', builds),
    summarize(`duplicate pairs of the whole list, ${members.length} members`, 'ms', pairsRuns),
  ];
  if (!smoke) {
    for (const { name, people } of datasets()) {
      const q = measure(name, people);
      const one = (label: string, value: number, unit: string): BenchRow => ({
        name: `${name}: ${label}`,
        unit,
        median: value,
        min: value,
        max: value,
        runs: 1,
      });
      rows.push(
        one('probable pairs shown', q.probablePairs, 'pairs'),
        one('possible pairs shown', q.possiblePairs, 'pairs'),
        one(`recall on ${q.copies} misspelt copies`, Math.round((1000 * q.found) / q.copies) / 10, '%'),
      );
    }
  }
  return rows;
}
