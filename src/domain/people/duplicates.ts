/**
 * Who may be one person. "Probable": the same phone or e-mail and a similar name (a household shares a phone, so a
 * phone alone is not enough). "Possible": the same or a similar name in the same quarter (two Marie Martin in one
 * city are common; in one quarter, worth a look). Names are similar within a typo or two, without accents, case or
 * word order (similarity.ts). The index buckets people by phone, e-mail and quarter and name-word beginning, so that
 * a check compares a handful of people, not every member: one keystroke at the stand stays well under a frame.
 */
import { normaliseEmail, normalisePhone } from './normalise';
import { comparableName, similarNames, type ComparableName } from './similarity';

export interface PersonIdentity {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  /** Missing or empty: no quarter, so no "possible" duplicate. */
  quarterId?: string | null;
}

/** Any field may be missing: a producer's phone holds members as first name and initial only. */
export interface IdentifiedPerson extends Partial<PersonIdentity> {
  id: string;
}

export type DuplicateReason = 'phone' | 'email' | 'quarter';
export type DuplicateLevel = 'probable' | 'possible';

export interface PossibleDuplicate<T extends IdentifiedPerson> {
  person: T;
  level: DuplicateLevel;
  reasons: DuplicateReason[];
}

interface Entry<T> {
  person: T;
  name: ComparableName;
  phone: string | null;
  email: string | null;
}

/**
 * The letters a name-word starts with, that a "possible" check buckets by: a typo in the first three letters of
 * every word of a name is the one case it misses (measured in docs/duplicates.md).
 */
const PREFIX = 3;

function nameBuckets(quarterId: string | null | undefined, name: ComparableName): string[] {
  if (!quarterId || name.straight === '') return [];
  return [...new Set(name.straight.split(' ').map((word) => `${quarterId}|${word.slice(0, PREFIX)}`))];
}

function entryOf<T extends IdentifiedPerson>(person: T): Entry<T> {
  return {
    person,
    name: comparableName(person.firstName, person.lastName),
    phone: normalisePhone(person.phone),
    email: normaliseEmail(person.email) || null,
  };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The people of a list, indexed for duplicate checks. Build once per list, check many times. */
export class DuplicateIndex<T extends IdentifiedPerson> {
  private readonly byPhone = new Map<string, Entry<T>[]>();
  private readonly byEmail = new Map<string, Entry<T>[]>();
  private readonly byNameInQuarter = new Map<string, Entry<T>[]>();
  /**
   * Names recur (ten Marie Martin among 10,000 members), so a comparison of two names is remembered: the whole-list
   * pass of the duplicates screen compares each pair of distinct names once. Bounded, for a long day at the stand.
   */
  private readonly similar = new Map<string, boolean>();

  private similarNames(a: ComparableName, b: ComparableName): boolean {
    const key = `${a.straight}|${b.straight}`;
    let answer = this.similar.get(key);
    if (answer === undefined) {
      if (this.similar.size > 200_000) this.similar.clear();
      answer = similarNames(a, b);
      this.similar.set(key, answer);
    }
    return answer;
  }

  constructor(people: Iterable<T>) {
    for (const person of people) this.add(person);
  }

  /** One more person to check against (an import's row, once planned). */
  add(person: T): void {
    const entry = entryOf(person);
    if (entry.name.straight === '') return;
    if (entry.phone) push(this.byPhone, entry.phone, entry);
    if (entry.email) push(this.byEmail, entry.email, entry);
    for (const bucket of nameBuckets(person.quarterId, entry.name)) push(this.byNameInQuarter, bucket, entry);
  }

  /** The people who may be the candidate, probable ones first; the person being edited (excludeId) left out. */
  find(candidate: Partial<PersonIdentity> & { id?: string }, excludeId = candidate.id): PossibleDuplicate<T>[] {
    const mine = entryOf({ ...candidate, id: excludeId ?? '' });
    if (mine.name.straight === '') return [];
    const found = new Map<string, PossibleDuplicate<T>>();
    const consider = (entry: Entry<T>) => {
      if (entry.person.id === excludeId || found.has(entry.person.id) || !this.similarNames(mine.name, entry.name)) return;
      const reasons: DuplicateReason[] = [];
      if (mine.phone !== null && entry.phone === mine.phone) reasons.push('phone');
      if (mine.email !== null && entry.email === mine.email) reasons.push('email');
      if (reasons.length > 0) found.set(entry.person.id, { person: entry.person, level: 'probable', reasons });
      else if (candidate.quarterId && entry.person.quarterId === candidate.quarterId)
        found.set(entry.person.id, { person: entry.person, level: 'possible', reasons: ['quarter'] });
    };
    if (mine.phone) for (const entry of this.byPhone.get(mine.phone) ?? []) consider(entry);
    if (mine.email) for (const entry of this.byEmail.get(mine.email) ?? []) consider(entry);
    for (const bucket of nameBuckets(candidate.quarterId, mine.name))
      for (const entry of this.byNameInQuarter.get(bucket) ?? []) consider(entry);
    const list = [...found.values()];
    return [...list.filter((d) => d.level === 'probable'), ...list.filter((d) => d.level === 'possible')];
  }
}

/** One check without keeping an index (an import row, a test). */
export function findPossibleDuplicates<T extends IdentifiedPerson>(
  candidate: Partial<PersonIdentity>,
  people: Iterable<T>,
  excludeId?: string,
): PossibleDuplicate<T>[] {
  return new DuplicateIndex(people).find(candidate, excludeId);
}
