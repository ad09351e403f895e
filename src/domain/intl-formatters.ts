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
