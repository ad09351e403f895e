import { nameKey, normaliseEmail, normalisePhone } from './normalise';

export interface PersonIdentity {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}

/** Any field may be missing: a producer's phone holds members as first name and initial only. */
export interface IdentifiedPerson extends Partial<PersonIdentity> {
  id: string;
}

export type DuplicateReason = 'phone' | 'email';

export interface PossibleDuplicate<T extends IdentifiedPerson> {
  person: T;
  reasons: DuplicateReason[];
}

/**
 * The same person is the same normalised name reached by the same phone or email. A shared phone alone is not
 * enough (a household shares one), nor is a name alone (two Marie Martin in one quarter is common).
 */
export function findPossibleDuplicates<T extends IdentifiedPerson>(
  candidate: Partial<PersonIdentity>,
  people: Iterable<T>,
  excludeId?: string,
): PossibleDuplicate<T>[] {
  const name = nameKey(candidate.firstName, candidate.lastName);
  if (name === '') return [];
  const phone = normalisePhone(candidate.phone);
  const email = normaliseEmail(candidate.email) || null;
  if (phone === null && email === null) return [];
  const found: PossibleDuplicate<T>[] = [];
  for (const person of people) {
    if (person.id === excludeId) continue;
    if (nameKey(person.firstName, person.lastName) !== name) continue;
    const reasons: DuplicateReason[] = [];
    if (phone !== null && normalisePhone(person.phone) === phone) reasons.push('phone');
    if (email !== null && normaliseEmail(person.email) === email) reasons.push('email');
    if (reasons.length > 0) found.push({ person, reasons });
  }
  return found;
}
