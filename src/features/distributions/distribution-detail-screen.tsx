import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { NO_ROWS, useGroups } from '../../db/hooks/use-lists';
import { mutate } from '../../db/mutators';
import type { Distribution } from '../../domain/distribution/distribution-entities';
import type { Group } from '../../domain/people/entities';
import { ConfirmButton } from '../../ui/confirm-button';
import { AbsencesSection } from './absences-section';
import { AfterDaySection } from './after-day-section';
import { BasketsSection } from './baskets-section';
import { DistributionForm } from './distribution-form';
import { localToday } from '../../domain/format/day-format';
import { formatDay } from '../../domain/format/day-format';
import { useDistributionDay } from './use-distribution-day';
import { useDistributionForm } from './use-distribution-form';
import { useMay } from '../../db/hooks/use-may';
import { VolunteersSection } from './volunteers-section';
import './distributions.css';

function DistributionEdit({ distribution, groups, onDone }: { distribution: Distribution; groups: readonly Group[]; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useDistributionForm(distribution, groups, distribution.groupId, onDone);
  return (
    <DistributionForm
      title={t('distributions.editTitle')}
      form={form}
      groups={groups}
      submitLabel={t('common.actions.save')}
      onCancel={onDone}
    />
  );
}

/** One distribution: when and where, the baskets due, absences, volunteers, the check-off and the sheet. */
export function DistributionDetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const view = useDistributionDay(id);
  const groups = useGroups() ?? NO_ROWS;
  const [editing, setEditing] = useState(false);
  const mayEdit = useMay('distribution.update', { id }) === true;
  const mayDelete = useMay('distribution.delete', { id }) === true;
  const mayRecordAbsences = useMay('absence.declare', { distributionId: id }) === true;
  const mayRecordVolunteers = useMay('volunteer.take', { distributionId: id }) === true;

  const back = <Link href="/distributions">{t('distributions.backToList')}</Link>;
  if (view === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (view === null) {
    return (
      <>
        {back}
        <h1>{t('distributions.notFoundTitle')}</h1>
        <p>{t('distributions.notFound')}</p>
      </>
    );
  }
  const { distribution, group } = view;
  const held = distribution.date < localToday();

  return (
    <>
      {back}
      <h1>
        {t('distributions.detailTitle', {
          group: group?.name ?? '',
          date: formatDay(distribution.date, i18n.language, { withYear: true }),
        })}
      </h1>
      {editing ? (
        <DistributionEdit distribution={distribution} groups={groups} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p>
            {t('distributions.hours', { start: distribution.startTime, end: distribution.endTime })}
            {distribution.place && ` · ${distribution.place}`}
          </p>
          {distribution.notes && <p className="hint">{distribution.notes}</p>}
          <div className="actions">
            <Link href={`/distributions/${id}/checkoff`} className="button primary big-action">
              {t('distributions.openCheckoff')}
            </Link>
            {/* A producer's phone holds its own contracts only: a sheet printed there would not be the table's. */}
            {view.ownProducerId === null && (
              <Link href={`/distributions/${id}/sheet`} className="button">
                {t('distributions.openSheet')}
              </Link>
            )}
            <Link href={`/distributions/${id}/payments`} className="button">
              {t('distributions.openPayments')}
            </Link>
            {mayEdit && (
              <button type="button" onClick={() => setEditing(true)}>
                {t('common.actions.edit')}
              </button>
            )}
          </div>
        </>
      )}
      <BasketsSection view={view} />
      {held && <AfterDaySection view={view} />}
      <AbsencesSection view={view} mayOrganise={mayRecordAbsences} />
      <VolunteersSection view={view} mayOrganise={mayRecordVolunteers} />
      {mayDelete && (
        <>
          <h2>{t('distributions.dangerTitle')}</h2>
          <ConfirmButton
            label={t('common.actions.delete')}
            question={t('distributions.deleteQuestion')}
            confirmLabel={t('distributions.confirmDelete')}
            onConfirm={() => mutate('distribution.delete', { id })}
            onDone={() => navigate('/distributions')}
          />
        </>
      )}
    </>
  );
}
