/** Prices and days shown in the reader's language: "15,50 €" and "7 avr. 2026" in French, "€15.50" and "7 Apr 2026" in English. */
import { useTranslation } from 'react-i18next';
import { dateTimeFormat, formattingLocale } from '../domain/format/intl-formatters';
import { formatEuros } from '../domain/format/money';

export function useFormats() {
  const { i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const dates = dateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    euros: (cents: number) => formatEuros(cents, locale),
    // Noon UTC, formatted in UTC: the calendar day never shifts with the device's time zone.
    day: (isoDate: string) => (/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? dates.format(new Date(`${isoDate}T12:00:00Z`)) : isoDate),
  };
}
