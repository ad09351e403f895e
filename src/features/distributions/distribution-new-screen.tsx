import { Link, useLocation, useSearch } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useGroups } from '../../db/hooks/use-lists';
import type { Group } from '../../domain/people/entities';
import { DistributionForm } from './distribution-form';
import { useDistributionForm } from './use-distribution-form';

function CreateForm({ groups, groupId }: { groups: readonly Group[]; groupId: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const form = useDistributionForm(null, groups, groupId, (id) => navigate(`/distributions/${id}`));
  return (
    <DistributionForm
      title={t('distributions.createTitle')}
      form={form}
      groups={groups}
      submitLabel={t('common.actions.create')}
      onCancel={() => navigate('/distributions')}
    />
  );
}

/** A new distribution; ?group=<id> chooses the group (and its place) beforehand. */
export function DistributionNewScreen() {
  const { t } = useTranslation();
  const groupId = new URLSearchParams(useSearch()).get('group') ?? '';
  const groups = useGroups();
  return (
    <>
      <Link href="/distributions">{t('distributions.backToList')}</Link>
      <h1>{t('distributions.new')}</h1>
      {groups === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : groups.length === 0 ? (
        <p className="hint">{t('distributions.noGroups')}</p>
      ) : (
        <CreateForm groups={groups} groupId={groups.some((group) => group.id === groupId) ? groupId : ''} />
      )}
    </>
  );
}
