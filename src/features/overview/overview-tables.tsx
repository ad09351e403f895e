/** The overview's tables, shared by the screen and the printed report. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Count, OverviewResult } from '../../domain/overview/overview-types';
import { formatCell, overviewCell, overviewTable, type OverviewRowKey } from '../../domain/overview/overview-table';
import { columnLabel, rowLabel } from './labels';

/**
 * The key figures, one card each. A "dont …" figure (`part`) reads only under its whole, so it shares its whole's
 * card instead of a card of its own (the printed report keeps its two rows of six cards).
 */
const KEY_FIGURES: readonly { key: OverviewRowKey; part?: OverviewRowKey }[] = [
  { key: 'groups.total' },
  { key: 'people.members' },
  { key: 'people.newSignups' },
  { key: 'contracts.active' },
  { key: 'producers.mobilised' },
  { key: 'producers.organicShare' },
  { key: 'outlets.total', part: 'outlets.sourcing' },
  { key: 'distributions.held' },
  { key: 'distributions.pickupRate' },
  { key: 'loyalty.loyal' },
  { key: 'events.held' },
  { key: 'events.signups' },
];

export function KeyFigures({ shown }: { shown: OverviewResult<Count> }) {
  const { t, i18n } = useTranslation();
  const value = (key: OverviewRowKey) => formatCell(overviewCell(shown.territory, key), i18n.language);
  return (
    <dl className="overview-figures">
      {KEY_FIGURES.map(({ key, part }) => (
        <div key={key}>
          <dt>{rowLabel(t, key)}</dt>
          <dd>{value(key)}</dd>
          {part && (
            <dd className="overview-figure-part">
              {rowLabel(t, part)} <strong>{value(part)}</strong>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/**
 * Every overview table sits in one of these: a table wider than a phone scrolls sideways inside it instead of
 * widening the page. Focusable and named, so a keyboard can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overview-table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

export function QuarterTable({ shown, caption }: { shown: OverviewResult<Count>; caption: string }) {
  const { t, i18n } = useTranslation();
  const table = overviewTable(shown);
  return (
    <TableScroll label={caption}>
      <table className="overview-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.indicator')}</th>
            {table.columns.map((column) => (
              <th scope="col" key={column.territory ? 'territory' : (column.areaId ?? 'none')}>
                {columnLabel(t, column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{rowLabel(t, row.key)}</th>
              {row.cells.map((cell, index) => (
                <td key={index}>{formatCell(cell, i18n.language)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
