/**
 * How close two names are: the Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each count one), over names folded without accents or case.
 * Bounded: past the tolerance it stops early, which keeps a check against thousands of names cheap.
 */
import { normaliseName } from './normalise';

/** The distance between a and b, or max + 1 as soon as it is known to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  // Three rows suffice: a swap looks two rows back.
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length] as number;
  return distance > max ? max + 1 : distance;
}

/**
 * The typos a name of this length may carry and still be the same name: none under 5 letters (Léa and Léo are two
 * people), one up to 10, two beyond. Measured on the data sets: see docs/duplicates.md.
 */
export function typoTolerance(length: number): number {
  if (length < 5) return 0;
  return length <= 10 ? 1 : 2;
}

/** A name as compared: folded, and its words in both orders ("Durand Amélie" is "Amélie Durand"). */
export interface ComparableName {
  /** First name then last name, folded. */
  straight: string;
  /** Last name then first name, folded. */
  swapped: string;
}

export function comparableName(firstName: string | undefined, lastName: string | undefined): ComparableName {
  return { straight: normaliseName(firstName, lastName), swapped: normaliseName(lastName, firstName) };
}

/** Whether two names are one within a typo or two, in whichever order their parts were typed. */
export function similarNames(a: ComparableName, b: ComparableName): boolean {
  if (a.straight === '' || b.straight === '') return false;
  const max = typoTolerance(Math.min(a.straight.length, b.straight.length));
  return boundedDistance(a.straight, b.straight, max) <= max || boundedDistance(a.straight, b.swapped, max) <= max;
}
