/**
 * How people are compared: names without accents, case or extra spaces; French phone numbers in one form
 * whether written 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78 or 0033612345678.
 * A missing field reads as empty: a producer's phone holds members as first name and initial only.
 */

export function foldText(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'`-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normaliseName(firstName: string | undefined, lastName: string | undefined): string {
  return foldText(`${firstName ?? ''} ${lastName ?? ''}`);
}

/** '' for no e-mail. */
export function normaliseEmail(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

const PHONE_SEPARATORS = /[\s.\-()/]/g;

/** A phone number in E.164 form (+33612345678), or null if the text is not a phone number. */
export function normalisePhone(phone: string | undefined): string | null {
  const compact = (phone ?? '').replace(PHONE_SEPARATORS, '');
  if (compact === '') return null;
  let international: string;
  if (/^0[1-9]\d{8}$/.test(compact)) international = `+33${compact.slice(1)}`;
  else if (/^\+330?[1-9]\d{8}$/.test(compact)) international = `+33${compact.slice(-9)}`;
  else if (/^00\d+$/.test(compact)) international = `+${compact.slice(2)}`;
  else if (/^\+\d+$/.test(compact)) international = compact;
  else return null;
  if (international.startsWith('+33')) return /^\+33[1-9]\d{8}$/.test(international) ? international : null;
  // Nine digits at least: shorter "international" numbers here are nearly always a mistyped French one.
  return /^\+[1-9]\d{8,14}$/.test(international) ? international : null;
}

export function isPhone(phone: string): boolean {
  return normalisePhone(phone) !== null;
}

// Deliberately loose: one @, something on each side, a dot in the domain. The only real check is a reply.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(email: string): boolean {
  return EMAIL_SHAPE.test(email.trim());
}

/** Digits only, so that typing "0612" finds "+33 6 12…" and "06 12…" alike. */
export function phoneDigitsForSearch(phone: string | undefined): string {
  const normalised = normalisePhone(phone);
  if (normalised?.startsWith('+33')) return `0${normalised.slice(3)}`;
  return (phone ?? '').replace(/\D/g, '');
}

/** The identity of a name, whatever the order its parts were typed in ("Martin Marie" is "Marie Martin"). */
export function nameKey(firstName: string | undefined, lastName: string | undefined): string {
  return normaliseName(firstName, lastName).split(' ').sort().join(' ');
}
