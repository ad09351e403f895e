/** Words of the overview's table: row and column labels, dates of a period. */
import type { TFunction } from 'i18next';
import { dateTimeFormat } from '../../domain/format/intl-formatters';
import { OVERVIEW_LOYALTY } from '../../domain/overview/overview';
import type { OverviewRowKey, OverviewTable } from '../../domain/overview/overview-table';

export function rowLabel(t: TFunction, key: OverviewRowKey): string {
  return t(`overview.rows.${key}`, OVERVIEW_LOYALTY);
}

export function columnLabel(t: TFunction, column: OverviewTable['columns'][number]): string {
  if (column.territory) return t('overview.territory');
  return column.areaId === null ? t('overview.noQuarter') : column.name;
}

export function monthLabel(month: string, language: string): string {
  return dateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
}
