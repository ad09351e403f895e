/** What only the whole territory has: producers by step and product, outlets by kind and initiative, the events. */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Count, OverviewResult } from '../../domain/overview/overview-types';
import { formatCell } from '../../domain/overview/overview-table';
import { PRODUCT_KINDS } from '../../domain/people/product-kinds';
import { MOBILISATION_STEPS, OUTLET_KINDS } from '../../domain/people/vocabulary';
import { formatDate } from '../../domain/format/day-format';
import { TableScroll } from './overview-tables';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function SmallTable({ caption, head, rows }: { caption: string; head: readonly string[]; rows: readonly (readonly string[])[] }) {
  return (
    <TableScroll label={caption}>
      <table className="overview-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], index) => (
            <tr key={index}>
              <th scope="row">{first}</th>
              {rest.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function OverviewDetails({ shown }: { shown: OverviewResult<Count> }) {
  const { t, i18n } = useTranslation();
  const n = (value: Count) => formatCell({ kind: 'count', value }, i18n.language);
  const { territory } = shown;
  const areaName = (areaId: string | null) =>
    areaId === null ? t('overview.noQuarter') : (shown.quarters.find((quarter) => quarter.areaId === areaId)?.name ?? '');
  return (
    <>
      <Section title={t('overview.producers.title')}>
        <SmallTable
          caption={t('overview.producers.step')}
          head={[t('overview.producers.step'), t('overview.producers.count')]}
          rows={MOBILISATION_STEPS.map((step) => [t(`overview.producers.steps.${step}`), n(territory.producersByStep[step])])}
        />
        <SmallTable
          caption={t('overview.producers.byKind')}
          head={[t('overview.producers.productKind'), t('overview.producers.count')]}
          rows={PRODUCT_KINDS.map((kind) => [t(`domain.productKind.${kind}`), n(territory.producers.byProductKind[kind])])}
        />
      </Section>
      <Section title={t('overview.outlets.title')}>
        <SmallTable
          caption={t('overview.outlets.kind')}
          head={[t('overview.outlets.kind'), t('overview.outlets.count')]}
          rows={OUTLET_KINDS.map((kind) => [t(`overview.outlets.kinds.${kind}`), n(territory.outlets.byKind[kind])])}
        />
        {territory.outletsByInitiative.length > 0 && (
          <SmallTable
            caption={t('overview.outlets.initiatives')}
            head={[t('overview.outlets.initiative'), t('overview.outlets.outlets'), t('overview.outlets.sourcing')]}
            rows={territory.outletsByInitiative.map((row) => [row.name, n(row.outlets), n(row.sourcing)])}
          />
        )}
      </Section>
      <Section title={t('overview.events.title')}>
        <p>{t('overview.events.partnersInvolved', { value: n(territory.partnersInvolved) })}</p>
        {shown.events.length === 0 ? (
          <p className="hint">{t('overview.events.none')}</p>
        ) : (
          <SmallTable
            caption={t('overview.events.title')}
            head={['name', 'date', 'quarter', 'signups', 'members', 'producers', 'visitors', 'partners'].map((key) =>
              t(`overview.events.${key}`),
            )}
            rows={shown.events.map((event) => [
              event.name,
              formatDate(event.date, i18n.language),
              areaName(event.areaId),
              n(event.signups),
              n(event.membersPresent),
              n(event.producersPresent),
              n(event.visitors),
              n(event.partners),
            ])}
          />
        )}
      </Section>
    </>
  );
}
