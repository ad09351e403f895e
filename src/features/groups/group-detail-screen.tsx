import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { NO_ROWS, useAreas } from '../../db/hooks/use-lists';
import { useRow } from '../../db/hooks/use-row';
import { mutate } from '../../db/mutators';
import { useMay } from '../../db/hooks/use-may';
import type { Area, Group } from '../../domain/people/entities';
import { ConfirmButton } from '../../ui/confirm-button';
import { GroupForm } from './group-form';
import { GroupMembers } from './group-members';
import { useGroupForm } from './use-group-form';

function GroupEdit({ group, areas, onDone }: { group: Group; areas: readonly Area[]; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useGroupForm(group, onDone);
  return <GroupForm title={t('groups.editTitle')} form={form} areas={areas} submitLabel={t('common.actions.save')} onCancel={onDone} />;
}

export function GroupDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  // undefined while loading, null when there is no such group (or it was deleted).
  const group = useRow('groups', id);
  const areas = useAreas() ?? NO_ROWS;
  const mayEdit = useMay('group.update', { id }) === true;
  const mayDelete = useMay('group.delete', { id }) === true;
  const mayLink = useMay('groupMember.add', { groupId: id }) === true;
  const [editing, setEditing] = useState(false);

  if (group === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  const back = <Link href="/groups">{t('groups.backToList')}</Link>;
  if (group === null) {
    return (
      <>
        <h1>{t('groups.notFoundTitle')}</h1>
        <p>{t('groups.notFound')}</p>
        {back}
      </>
    );
  }

  const quarterName = areas.find((area) => area.id === group.quarterId)?.name;

  return (
    <>
      {back}
      <h1>{group.name}</h1>
      {editing ? (
        <GroupEdit group={group} areas={areas} onDone={() => setEditing(false)} />
      ) : (
        <>
          <dl>
            <dt>{t('groups.fields.kind')}</dt>
            <dd>{t(`domain.groupKind.${group.kind}`)}</dd>
            <dt>{t('groups.fields.quarter')}</dt>
            <dd>{quarterName ?? t('groups.noQuarter')}</dd>
            <dt>{t('groups.fields.place')}</dt>
            <dd>{group.place || t('common.none')}</dd>
            <dt>{t('groups.fields.rhythm')}</dt>
            <dd>{[t(`domain.rhythm.${group.rhythm}`), group.rhythmNote].filter((part) => part !== '').join(' — ')}</dd>
          </dl>
          {mayEdit && (
            <div className="actions">
              <button type="button" className="primary" onClick={() => setEditing(true)}>
                {t('common.actions.edit')}
              </button>
            </div>
          )}
        </>
      )}
      <p>
        <Link href={`/groups/${group.id}/fees`}>{t('groups.openFees')}</Link>
      </p>
      <GroupMembers groupId={group.id} mayOrganise={mayLink} />
      {mayDelete && (
        <>
          <h2>{t('groups.dangerTitle')}</h2>
          <ConfirmButton
            label={t('common.actions.delete')}
            question={t('groups.deleteQuestion', { name: group.name })}
            confirmLabel={t('groups.confirmDelete')}
            onConfirm={() => mutate('group.delete', { id })}
            onDone={() => navigate('/groups')}
          />
        </>
      )}
    </>
  );
}
