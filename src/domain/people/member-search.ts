/**
 * Finding a member as a coordinator types: accents, case and phone formats do not matter ("elodie" finds
 * "Élodie", "0612" finds "+33 6 12 34 56 78"). Keys are built once per list, so a keystroke only scans strings.
 */
import { foldText, phoneDigitsForSearch } from './normalise';

/** Only the id and first name are sure: a producer's phone holds members as first name and initial. */
export interface SearchableMember {
  id: string;
  firstName: string;
  lastName?: string;
  phone?: string;
  email?: string;
  quarterId?: string | null;
}

export interface MemberSearchKey<M extends SearchableMember> {
  member: M;
  /** Folded name and e-mail, one string. */
  text: string;
  /** The phone's digits in national form (0612345678), '' when there is no phone. */
  digits: string;
  /** Folded name, for sorting. */
  sortKey: string;
}

export interface MemberFilter {
  query: string;
  /** null: every quarter. */
  quarterId: string | null;
  /** The members of the chosen group; null: no group filter. */
  memberIds: ReadonlySet<string> | null;
}

export function displayName(member: { firstName: string; lastName?: string }): string {
  return `${member.firstName} ${member.lastName ?? ''}`.trim();
}

/** Search keys for a whole list, sorted by name. */
export function buildSearchKeys<M extends SearchableMember>(members: readonly M[]): MemberSearchKey<M>[] {
  return members
    .map((member) => {
      const sortKey = foldText(displayName(member));
      return { member, sortKey, text: `${sortKey} ${foldText(member.email)}`, digits: phoneDigitsForSearch(member.phone) };
    })
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

// Only digits and the characters people put between them: such a query is (part of) a phone number.
const PHONE_QUERY = /^\+?[\d\s.\-()/]+$/;

interface PreparedQuery {
  words: string[];
  digits: string | null;
}

function prepareQuery(query: string): PreparedQuery {
  const trimmed = query.trim();
  const words = foldText(trimmed)
    .split(' ')
    .filter((word) => word !== '');
  if (!PHONE_QUERY.test(trimmed)) return { words, digits: null };
  let digits = trimmed.replace(/\D/g, '');
  // Typed in international form: compare in the national form the keys use.
  if (trimmed.startsWith('+33')) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith('0033')) digits = `0${digits.slice(4)}`;
  return { words, digits: digits === '' ? null : digits };
}

const DIGITS = /^\d+$/;

function matches(key: MemberSearchKey<SearchableMember>, query: PreparedQuery): boolean {
  if (query.digits !== null && key.digits.includes(query.digits)) return true;
  // "elodie 0612": each word is found in the name and e-mail, or, if it is a number, in the phone.
  return query.words.every((word) => key.text.includes(word) || (DIGITS.test(word) && key.digits.includes(word)));
}

function matchingKeys<M extends SearchableMember>(keys: readonly MemberSearchKey<M>[], filter: MemberFilter): MemberSearchKey<M>[] {
  const query = prepareQuery(filter.query);
  const found: MemberSearchKey<M>[] = [];
  for (const key of keys) {
    if (filter.quarterId !== null && (key.member.quarterId ?? null) !== filter.quarterId) continue;
    if (filter.memberIds !== null && !filter.memberIds.has(key.member.id)) continue;
    if (matches(key, query)) found.push(key);
  }
  return found;
}

export function filterMembers<M extends SearchableMember>(keys: readonly MemberSearchKey<M>[], filter: MemberFilter): M[] {
  return matchingKeys(keys, filter).map((key) => key.member);
}

/**
 * Whether every member `next` finds is among those `previous` found, so that typing on only scans what the last
 * keystroke found: each word typed before lies inside a word typed now (a word found in a name or in the phone's
 * digits carries its parts with it), and a phone number typed now continues the one typed before.
 */
export function narrows(previous: string, next: string): boolean {
  const before = prepareQuery(previous);
  const after = prepareQuery(next);
  if (after.digits !== null && (before.digits === null || !after.digits.includes(before.digits))) {
    // Only the empty query finds everyone whatever follows it.
    return before.words.length === 0 && before.digits === null;
  }
  return before.words.every((word) => after.words.some((typed) => typed.includes(word)));
}

/**
 * filterMembers for a list searched keystroke after keystroke: a query that narrows the last one, with the same
 * quarter and group, scans only what that one found. On 100,000 members a keystroke otherwise scans them all.
 */
export function memberSearch<M extends SearchableMember>(keys: readonly MemberSearchKey<M>[]): (filter: MemberFilter) => M[] {
  let last: { filter: MemberFilter; found: readonly MemberSearchKey<M>[] } | null = null;
  return (filter) => {
    const narrower =
      last !== null &&
      last.filter.quarterId === filter.quarterId &&
      last.filter.memberIds === filter.memberIds &&
      narrows(last.filter.query, filter.query);
    const found = matchingKeys(narrower && last ? last.found : keys, filter);
    last = { filter, found };
    return found.map((key) => key.member);
  };
}
