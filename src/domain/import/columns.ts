/**
 * The columns of each import file, with French names: which are required, which may be left out, and how a
 * header typed by hand ("Téléphone", "Date consentement") is recognised. Files are applied in IMPORT_KINDS
 * order, so that the quarters and communes, a member's groups and a contract's member exist before the rows
 * that name them.
 */
import { foldWord } from './vocabulary-fr';

export const IMPORT_KINDS = ['areas', 'producers', 'groups', 'members', 'contracts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const COLUMNS = {
  areas: {
    required: ['nom', 'type'],
    optional: [],
  },
  producers: {
    required: ['nom', 'produits'],
    optional: ['ferme', 'commune', 'bio', 'statut', 'mobilisation', 'telephone', 'email', 'notes'],
  },
  groups: {
    required: ['nom', 'type', 'rythme'],
    optional: ['quartier', 'lieu', 'precision_rythme'],
  },
  members: {
    required: ['prenom', 'nom', 'telephone', 'email', 'consentement'],
    optional: ['quartier', 'taille_foyer', 'envies', 'groupes', 'notes', 'date_consentement'],
  },
  contracts: {
    required: ['groupe', 'producteur', 'offre', 'debut', 'fin', 'prix'],
    // The member is named by prenom + nom, or by email or telephone: at least one of them (checked per row).
    optional: ['prenom', 'nom', 'email', 'telephone', 'produit', 'unite', 'type', 'dates', 'quantite', 'taille', 'notes'],
  },
} as const satisfies Record<ImportKind, { required: readonly string[]; optional: readonly string[] }>;

export type ColumnOf<K extends ImportKind> = (typeof COLUMNS)[K]['required'][number] | (typeof COLUMNS)[K]['optional'][number];

/** Every column of a kind, in the order exports write them. */
export function columnsOf<K extends ImportKind>(kind: K): ColumnOf<K>[] {
  const { required, optional } = COLUMNS[kind];
  return [...required, ...optional] as ColumnOf<K>[];
}

/** "Téléphone", " date consentement " and "\uFEFFprenom" are the columns telephone, date_consentement, prenom. */
export function columnName(header: string): string {
  return foldWord(header.replace(/^\uFEFF/, '')).replace(/[\s-]+/g, '_');
}

export type HeaderIssue =
  | { message: 'import.file.empty' }
  | { message: 'import.file.missingColumns'; params: { columns: string; expected: string } }
  | { message: 'import.file.unknownColumns'; params: { columns: string; expected: string } }
  | { message: 'import.file.repeatedColumn'; params: { columns: string; expected: string } };

export type HeaderResult<K extends ImportKind> =
  | {
      ok: true;
      index: Map<ColumnOf<K>, number>;
      /** Cells in the header, empty ones included: every row must have as many. */
      width: number;
    }
  | { ok: false; issue: HeaderIssue };

/** Reads the header row: every required column present, no unknown or repeated one, in any order. */
export function readHeader<K extends ImportKind>(kind: K, header: readonly string[] | undefined): HeaderResult<K> {
  if (!header || header.every((cell) => cell.trim() === '')) return { ok: false, issue: { message: 'import.file.empty' } };
  const known = new Set<string>(columnsOf(kind));
  const expected = columnsOf(kind).join(', ');
  const names = header.map(columnName);
  const unknown = names.filter((name) => name !== '' && !known.has(name));
  if (unknown.length > 0)
    return { ok: false, issue: { message: 'import.file.unknownColumns', params: { columns: unknown.join(', '), expected } } };
  const repeated = names.filter((name, i) => name !== '' && names.indexOf(name) !== i);
  if (repeated.length > 0)
    return { ok: false, issue: { message: 'import.file.repeatedColumn', params: { columns: repeated.join(', '), expected } } };
  const missing = COLUMNS[kind].required.filter((name) => !names.includes(name));
  if (missing.length > 0)
    return { ok: false, issue: { message: 'import.file.missingColumns', params: { columns: missing.join(', '), expected } } };
  const index = new Map<ColumnOf<K>, number>();
  names.forEach((name, i) => {
    if (name !== '') index.set(name as ColumnOf<K>, i);
  });
  return { ok: true, index, width: header.length };
}

/**
 * The separator of a file, read from its header line: ';' when the header has one, ',' otherwise. Column names
 * never contain either, so the header decides; papaparse's own guess needs about two fields per line on
 * average, which a two-column file with a trailing empty line does not reach.
 */
export function headerDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return header.includes(';') ? ';' : ',';
}
