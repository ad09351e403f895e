/**
 * Every pair of people who may be one person, over a whole list: grouped by name first, so that only people with
 * the same name are compared (the rule of findPossibleDuplicates), which keeps thousands of members cheap.
 */
import { findPossibleDuplicates, type DuplicateReason, type IdentifiedPerson } from './duplicates';
import { nameKey } from './normalise';

export interface DuplicatePair<T extends IdentifiedPerson> {
  /** The earlier of the two in list order (sign-up order for members). */
  first: T;
  second: T;
  reasons: DuplicateReason[];
}

export function findDuplicatePairs<T extends IdentifiedPerson>(people: readonly T[]): DuplicatePair<T>[] {
  const byName = new Map<string, T[]>();
  for (const person of people) {
    const key = nameKey(person.firstName, person.lastName);
    if (key === '') continue;
    const group = byName.get(key) ?? [];
    group.push(person);
    byName.set(key, group);
  }
  const pairs: DuplicatePair<T>[] = [];
  for (const group of byName.values()) {
    for (let i = 0; i < group.length; i += 1) {
      const first = group[i] as T;
      for (const { person, reasons } of findPossibleDuplicates(first, group.slice(i + 1))) {
        pairs.push({ first, second: person, reasons });
      }
    }
  }
  return pairs;
}
