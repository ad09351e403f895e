/**
 * How many pairs the duplicate rule shows (precision: a coordinator must not drown in false pairs) and how many
 * deliberately misspelt copies it finds (recall), on the example territory and the 10,000-member data set. Run on
 * its own with `npx tsx tests/bench/duplicates/quality.ts`; the benchmark module reports the same figures.
 */
import { buildDemoDataset } from '../../../src/data/demo-dataset';
import { buildLargeDataset } from '../../../src/data/large-dataset';
import { findDuplicatePairs } from '../../../src/domain/people/duplicate-pairs';
import { DuplicateIndex, type IdentifiedPerson } from '../../../src/domain/people/duplicates';

type Person = IdentifiedPerson & { firstName: string; lastName: string; phone: string; email: string; quarterId: string | null };

/** A small seeded generator (mulberry32), so that the copies are the same at every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');

function typo(word: string, rand: () => number): string {
  if (word.length < 3) return word;
  // Never the first letter: the index buckets "possible" pairs by a word's first three letters (see docs).
  const at = 1 + Math.floor(rand() * (word.length - 1));
  const kind = Math.floor(rand() * 4);
  const letter = 'aeilnorstu'[Math.floor(rand() * 10)] as string;
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1); // deletion
  if (kind === 1) return word.slice(0, at) + letter + word.slice(at); // insertion
  if (kind === 2) return word.slice(0, at) + letter + word.slice(at + 1); // substitution
  if (at >= word.length - 1) return word.slice(0, at - 1) + word[at] + word[at - 1];
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // swap of two neighbours
}

function reformatPhone(phone: string, rand: () => number): string {
  const digits = phone.replace(/\D/g, '');
  const national = digits.startsWith('33') ? `0${digits.slice(2)}` : digits;
  const ways = [
    national,
    national.replace(/(\d\d)(?=\d)/g, '$1.'),
    `+33 ${national.slice(1, 2)} ${national.slice(2).replace(/(\d\d)(?=\d)/g, '$1 ')}`,
    `0033${national.slice(1)}`,
  ];
  return ways[Math.floor(rand() * ways.length)] as string;
}

export const CHANGES = [
  'typo in the first name',
  'typo in the last name',
  'accents dropped',
  'first and last swapped',
  'phone reformatted',
  'e-mail in capitals',
] as const;

/** A copy of a person with one to three of the changes above, and the changes made. */
export function misspelt(person: Person, id: string, rand: () => number): { copy: Person; changes: string[] } {
  const copy = { ...person, id };
  const count = 1 + Math.floor(rand() * 3);
  const changes = new Set<string>();
  while (changes.size < count) changes.add(CHANGES[Math.floor(rand() * CHANGES.length)] as string);
  for (const change of changes) {
    if (change === 'typo in the first name') copy.firstName = typo(copy.firstName, rand);
    if (change === 'typo in the last name') copy.lastName = typo(copy.lastName, rand);
    if (change === 'accents dropped') [copy.firstName, copy.lastName] = [stripAccents(copy.firstName), stripAccents(copy.lastName)];
    if (change === 'first and last swapped') [copy.firstName, copy.lastName] = [copy.lastName, copy.firstName];
    if (change === 'phone reformatted' && copy.phone !== '') copy.phone = reformatPhone(copy.phone, rand);
    if (change === 'e-mail in capitals') copy.email = copy.email.toUpperCase();
  }
  return { copy, changes: [...changes] };
}

export interface Quality {
  dataset: string;
  members: number;
  probablePairs: number;
  possiblePairs: number;
  copies: number;
  /** Copies whose original is shown as a pair partner, probable or possible. */
  found: number;
  foundProbable: number;
  missed: { changes: string[]; copy: string; original: string }[];
}

export function measure(dataset: string, people: readonly Person[], copies = 200, seed = 16): Quality {
  const pairs = findDuplicatePairs(people);
  const rand = random(seed);
  const made = Array.from({ length: copies }, (_, i) => {
    const original = people[Math.floor(rand() * people.length)] as Person;
    return { original, ...misspelt(original, `copy-${i}`, rand) };
  });
  // Each copy is checked against everything the phone holds, as at the stand, with its original's quarter.
  const index = new DuplicateIndex(people);
  let found = 0;
  let foundProbable = 0;
  const missed: Quality['missed'] = [];
  for (const { original, copy, changes } of made) {
    const match = index.find(copy, copy.id).find((d) => d.person.id === original.id);
    if (match) found += 1;
    if (match?.level === 'probable') foundProbable += 1;
    if (!match)
      missed.push({ changes, copy: `${copy.firstName} ${copy.lastName}`, original: `${original.firstName} ${original.lastName}` });
  }
  return {
    dataset,
    members: people.length,
    probablePairs: pairs.filter((p) => p.level === 'probable').length,
    possiblePairs: pairs.filter((p) => p.level === 'possible').length,
    copies,
    found,
    foundProbable,
    missed,
  };
}

export function datasets(): { name: string; people: Person[] }[] {
  return [
    { name: 'example territory', people: buildDemoDataset().members as Person[] },
    { name: 'large data set (seed:large)', people: buildLargeDataset().members as Person[] },
  ];
}

if (process.argv[1]?.endsWith('quality.ts')) {
  for (const { name, people } of datasets()) {
    const q = measure(name, people);
    console.log(JSON.stringify({ ...q, missed: q.missed.slice(0, 10) }, null, 2));
  }
}
