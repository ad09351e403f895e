/** The overview's tables, shared by the screen and the printed report. */
import { useTranslation } from 'react-i18next';
import type { Count, OverviewResult } from '../../domain/overview';
import { formatCell, overviewTable, type OverviewRowKey } from '../../domain/overview-table';
import { columnLabel, rowLabel } from './labels';

const KEY_FIGURES: readonly OverviewRowKey[] = [
  'groups.total',
  'people.members',
  'people.newSignups',
  'contracts.active',
  'producers.mobilised',
  'producers.organicShare',
  'outlets.sourcing',
  'distributions.held',
  'distributions.pickupRate',
  'loyalty.loyal',
  'events.held',
  'events.signups',
];

export function KeyFigures({ shown }: { shown: OverviewResult<Count> }) {
  const { t, i18n } = useTranslation();
  const table = overviewTable(shown);
  return (
    <dl className="overview-figures">
      {table.rows
        .filter((row) => KEY_FIGURES.includes(row.key))
        .map((row) => (
          <div key={row.key}>
            <dt>{rowLabel(t, row.key)}</dt>
            <dd>{formatCell(row.cells[0] as (typeof row.cells)[number], i18n.language)}</dd>
          </div>
        ))}
    </dl>
  );
}

export function QuarterTable({ shown, caption }: { shown: OverviewResult<Count>; caption: string }) {
  const { t, i18n } = useTranslation();
  const table = overviewTable(shown);
  return (
    // Focusable and named: a table wider than a phone scrolls sideways, and a keyboard must be able to scroll it too.
    <div className="overview-table-wrap" tabIndex={0} role="region" aria-label={caption}>
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
    </div>
  );
}
