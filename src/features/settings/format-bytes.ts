import { numberFormat } from '../../domain/format/intl-formatters';

const UNITS = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/** A size in the largest unit under it, in the reader's language: "1,5 Mo", "1.5 MB". */
export function formatBytes(bytes: number, language: string): string {
  const { unit, size } = UNITS.find((u) => bytes >= u.size) ?? { unit: 'byte', size: 1 };
  return numberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
}
