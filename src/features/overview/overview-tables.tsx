/** The overview's tables, shared by the screen and the printed report. */
import { useState, type ReactNode } from 'react';
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

type Column = ReturnType<typeof overviewTable>['columns'][number];
const columnKey = (column: Column) => (column.territory ? 'territory' : (column.areaId ?? 'none'));
const ALL = 'all';

/** A phone's screen: a table of a dozen columns would be read by sliding it sideways, one beside the territory is read at once. */
const isNarrow = () => typeof window !== 'undefined' && window.matchMedia?.('(max-width: 480px)').matches === true;

/**
 * The figures by quarter. `choosable` (the screen, not the printed report) adds a choice of the quarter shown beside
 * the territory, every quarter at once being one of the choices; a phone starts with the first quarter alone.
 */
export function QuarterTable({
  shown,
  caption,
  choosable = false,
}: {
  shown: OverviewResult<Count>;
  caption: string;
  choosable?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const table = overviewTable(shown);
  const quarters = table.columns.filter((column) => !column.territory);
  const [chosen, setChosen] = useState(() => (choosable && isNarrow() && quarters[0] ? columnKey(quarters[0]) : ALL));
  const shownIndexes = table.columns.flatMap((column, index) =>
    chosen === ALL || column.territory || columnKey(column) === chosen ? [index] : [],
  );
  return (
    <>
      {choosable && quarters.length > 1 && (
        <label className="overview-quarter-choice">
          {t('overview.quarterShown')}
          <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value={ALL}>{t('overview.allQuarters')}</option>
            {quarters.map((column) => (
              <option key={columnKey(column)} value={columnKey(column)}>
                {columnLabel(t, column)}
              </option>
            ))}
          </select>
        </label>
      )}
      <TableScroll label={caption}>
        <table className="overview-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.indicator')}</th>
              {shownIndexes.map((index) => {
                const column = table.columns[index] as Column;
                return (
                  <th scope="col" key={columnKey(column)}>
                    {columnLabel(t, column)}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{rowLabel(t, row.key)}</th>
                {shownIndexes.map((index) => (
                  <td key={index}>{formatCell(row.cells[index] ?? null, i18n.language)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
