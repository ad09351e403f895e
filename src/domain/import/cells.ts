/**
 * Reading the cells of one row: trimmed text, dates in either French or ISO form, lists split on semicolons,
 * and the refusal of formula-like cells. A cell that starts with = + - or @ is refused rather than stripped:
 * silently changing what someone typed would store something else than they meant, and a refused cell says
 * where to look. Two exceptions: a phone number written +33… in the telephone column, and a cell that starts
 * with an apostrophe (the spreadsheets' own "this is text" mark, which our exports add), whose apostrophe is
 * removed.
 */
import { isPhone } from '../people/normalise';
import type { ColumnOf, ImportKind } from './columns';
import { foldWord, type Vocabulary } from './vocabulary-fr';

/** Refused before parsing: a file this large is not a list of one territory's members. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 20_000;

export interface RowIssue {
  /** The column the issue is about, as named in the file's format; null for the whole row. */
  column: string | null;
  /** A catalog key: validation.* (the forms' own messages) or import.error.*. */
  message: string;
  params?: Record<string, string | number>;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export class RowReader<K extends ImportKind> {
  readonly issues: RowIssue[] = [];

  constructor(
    private readonly index: Map<ColumnOf<K>, number>,
    private readonly cells: readonly string[],
  ) {}

  has(column: ColumnOf<K>): boolean {
    return this.index.has(column);
  }

  issue(column: ColumnOf<K> | null, message: string, params?: RowIssue['params']): void {
    this.issues.push({ column, message, ...(params ? { params } : {}) });
  }

  /** The cell's text, trimmed; '' when the column is absent or the cell was refused. */
  text(column: ColumnOf<K>): string {
    const at = this.index.get(column);
    const raw = at === undefined ? '' : (this.cells[at] ?? '');
    if (/^'[=+\-@]/.test(raw)) return raw.slice(1).trim();
    if (!FORMULA_START.test(raw)) return raw.trim();
    if (column === 'telephone' && /^\+[\d\s.()-]+$/.test(raw) && isPhone(raw)) return raw.trim();
    this.issue(column, 'import.error.formula', { start: raw.trim().charAt(0) || raw.charAt(0) });
    return '';
  }

  /** A semicolon-separated list, without empty items. */
  list(column: ColumnOf<K>): string[] {
    return this.text(column)
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** A word of the format's vocabulary; undefined when the cell is empty or (with an issue) not a known word. */
  word<T extends string>(column: ColumnOf<K>, vocabulary: Vocabulary<T>): T | undefined {
    const text = this.text(column);
    return text === '' ? undefined : this.known(column, text, vocabulary);
  }

  /** A word that must be there: an empty cell is reported as required. */
  requiredWord<T extends string>(column: ColumnOf<K>, vocabulary: Vocabulary<T>): T | undefined {
    const text = this.text(column);
    if (text === '' && !this.issues.some((issue) => issue.column === column)) this.issue(column, 'validation.required');
    return text === '' ? undefined : this.known(column, text, vocabulary);
  }

  /** A semicolon-separated list of words of the vocabulary; unknown ones are reported and left out. */
  words<T extends string>(column: ColumnOf<K>, vocabulary: Vocabulary<T>): T[] {
    return this.list(column).flatMap((text) => this.known(column, text, vocabulary) ?? []);
  }

  private known<T extends string>(column: ColumnOf<K>, text: string, vocabulary: Vocabulary<T>): T | undefined {
    const value = vocabulary.read(text);
    if (value === null) this.issue(column, 'import.error.unknownWord', { value: text, expected: vocabulary.words.join(', ') });
    return value ?? undefined;
  }

  /** A date as YYYY-MM-DD; '' when empty; null (with an issue) when it is not a real date. */
  date(column: ColumnOf<K>): string | null {
    const text = this.text(column);
    if (text === '') return '';
    const iso = parseDate(text);
    if (iso === null) this.issue(column, 'import.error.date', { value: text });
    return iso;
  }
}

/** "2026-04-07" or "07/04/2026" (also 7/4/2026) as "2026-04-07"; null for anything else or a day that does not exist. */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known name nearest to a mistyped one, when it is near enough to be a typo; null otherwise. */
export function closestName(typed: string, names: Iterable<string>): string | null {
  const folded = foldWord(typed);
  let best: { name: string; distance: number } | null = null;
  for (const name of names) {
    const d = distance(folded, foldWord(name));
    if (!best || d < best.distance) best = { name, distance: d };
  }
  return best && best.distance <= Math.max(2, Math.floor(folded.length / 3)) ? best.name : null;
}
