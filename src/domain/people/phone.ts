/**
 * Phone numbers as stored (E.164, France by default) and as shown (national format for French numbers,
 * international for the others), with libphonenumber-js and its small "min" metadata. Imported only by the write
 * path's plans and by screens loaded after the start screen: the library stays out of the first download.
 * Comparisons at the stand use normalise.ts's normalisePhone, which gives the same E.164 for French numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { normalisePhone } from './normalise';

/** The number to store for what was typed: E.164 when it reads as a phone number, the typed text trimmed otherwise. */
export function storedPhone(typed: string): string {
  const text = typed.trim();
  if (text === '') return '';
  const parsed = parsePhoneNumberFromString(text, 'FR');
  if (parsed?.isPossible()) return parsed.number;
  return normalisePhone(text) ?? text;
}

/** A stored number as a person reads it: "06 12 34 56 78" for a French one, "+44 20 7946 0958" for another. */
export function formatPhone(stored: string | undefined): string {
  const text = (stored ?? '').trim();
  if (text === '') return '';
  const parsed = parsePhoneNumberFromString(text, 'FR');
  if (!parsed?.isPossible()) return text;
  return parsed.country === 'FR' ? parsed.formatNational() : parsed.formatInternational();
}
