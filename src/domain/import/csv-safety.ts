/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or a tab or carriage return, which some
 * spreadsheets skip before reading a formula) is run as a formula when the CSV is opened. A leading apostrophe
 * makes it plain text; the apostrophe is what spreadsheets themselves use for that.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function neutraliseRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => row.map(neutraliseCell));
}
