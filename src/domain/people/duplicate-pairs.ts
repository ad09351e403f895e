/**
 * Every pair of people who may be one person, over a whole list, through the index of duplicates.ts: each person
 * is compared with the few sharing their phone, e-mail or quarter and name beginning, so thousands stay cheap.
 */
import { DuplicateIndex, type DuplicateLevel, type DuplicateReason, type IdentifiedPerson } from './duplicates';

export interface DuplicatePair<T extends IdentifiedPerson> {
  /** The earlier of the two in list order (sign-up order for members). */
  first: T;
  second: T;
  level: DuplicateLevel;
  reasons: DuplicateReason[];
}

export function findDuplicatePairs<T extends IdentifiedPerson>(people: readonly T[]): DuplicatePair<T>[] {
  const index = new DuplicateIndex(people);
  const position = new Map(people.map((person, i) => [person.id, i]));
  const pairs: DuplicatePair<T>[] = [];
  people.forEach((first, i) => {
    for (const { person, level, reasons } of index.find(first, first.id)) {
      if ((position.get(person.id) ?? -1) > i) pairs.push({ first, second: person, level, reasons });
    }
  });
  // Probable pairs first: they are the ones a coordinator should merge.
  return [...pairs.filter((p) => p.level === 'probable'), ...pairs.filter((p) => p.level === 'possible')];
}
