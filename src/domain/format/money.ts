/**
 * Prices as people type and read them: "15,50", "15.50" or "15 €" in, integer cents stored, "15,50 €" shown.
 * Cents avoid the float errors of 0,1 + 0,2 in season totals.
 */
import { cachedFormatter } from './intl-formatters';

// Digits with an optional comma or dot and up to two decimals, an optional sign, an optional euro sign.
const PRICE = /^([+-]?)(\d+)(?:[.,](\d{0,2}))?$/;

/** Cents for a typed price, or null when the text is not a price ("", "abc", "1,234"). A minus sign is kept, so the rule on negatives can say why. */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  const match = PRICE.exec(compact);
  if (!match) return null;
  const [, sign, euros, decimals = ''] = match;
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
  // "-0" is zero, not -0, which Intl writes "-0,00 €".
  return sign === '-' && cents > 0 ? -cents : cents;
}

/** "15,50 €" (French) or "€15.50" (English). */
export function formatEuros(cents: number, locale = 'fr-FR'): string {
  return cachedFormatter(`euros:${locale}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })).format(
    cents / 100,
  );
}

/** The value put back in a price input for editing: "15,50" (always with a comma, as the French type it). */
export function centsToInput(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
