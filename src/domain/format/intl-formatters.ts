/**
 * Intl formatters made once per key (language and options) and kept: building one costs milliseconds on a slow
 * phone, and lists and status lines format at every render.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export function cachedFormatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/**
 * The locale dates and numbers are written in for a UI language. The bare 'en' is American (month first, 11:57 PM),
 * which read wrong next to the British dates of other screens: English is British English here, French is France's.
 */
export function formattingLocale(language: string): 'en-GB' | 'fr-FR' {
  return language === 'en' || language.startsWith('en-') ? 'en-GB' : 'fr-FR';
}

/** A date or time formatter for a UI language, kept; times always on the 24-hour clock ("23:57", never "11:57 PM"). */
export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = formattingLocale(language);
  // Only a time gets the clock: a day's options stay exactly those the check-off worker warms ICU with.
  const showsTime = options.hour !== undefined || options.timeStyle !== undefined;
  return cachedFormatter(
    `date:${locale}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, showsTime ? { ...options, hourCycle: 'h23' } : options),
  );
}

/** A number formatter for a UI language, kept. */
export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = formattingLocale(language);
  return cachedFormatter(`number:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}
