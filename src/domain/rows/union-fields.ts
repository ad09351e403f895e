/**
 * Fields merged as a set rather than last writer wins: a list of entries named by a key, where each write adds or
 * replaces entries and never drops the others. Two phones merging two people into one member at once each write
 * one sign-up; last writer wins would keep one history, the union keeps both. Each entry carries the clock of the
 * write that set it (`at`): for one key the later entry wins, so an undone merge (an entry marked `undone`) stays
 * undone whatever order replicas see the writes in. Commutative and idempotent, as mergeWrite requires.
 */
import type { Hlc } from './hlc';
import type { TableName } from './rows';

/** The field, per table, and the entry field that names an entry. */
const UNION_FIELDS: Partial<Record<TableName, Readonly<Record<string, string>>>> = {
  members: { mergedSignups: 'memberId' },
};

export function unionKey(table: TableName, field: string): string | undefined {
  return UNION_FIELDS[table]?.[field];
}

type Entry = Record<string, unknown> & { at?: Hlc };

const entriesOf = (value: unknown): Entry[] =>
  Array.isArray(value) ? value.filter((entry): entry is Entry => typeof entry === 'object' && entry !== null) : [];

/** Which of two entries for one key stays: the later clock, then (same clock) a fixed order of their contents. */
function later(a: Entry, b: Entry): Entry {
  const at = a.at ?? '';
  const bt = b.at ?? '';
  if (at !== bt) return at > bt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/** The union of the held entries and a write's, the write's stamped with its clock when they carry none. */
export function unionEntries(held: unknown, written: unknown, key: string, hlc: Hlc): Entry[] {
  const byKey = new Map<string, Entry>();
  const add = (entry: Entry) => {
    const name = String(entry[key]);
    const current = byKey.get(name);
    byKey.set(name, current ? later(current, entry) : entry);
  };
  for (const entry of entriesOf(held)) add(entry);
  for (const entry of entriesOf(written)) add({ ...entry, at: entry.at ?? hlc });
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}
