import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useMay } from '../../db/hooks/use-may';
import { GroupForm } from './group-form';
import { useGroupForm } from './use-group-form';
import { useGroupList } from './use-group-list';

export function GroupsScreen() {
  const { t } = useTranslation();
  const { loading, groups, areas, areaNames, memberCounts } = useGroupList();
  const mayCreate = useMay('group.create') === true;
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState(false);
  const form = useGroupForm(null, () => {
    setCreating(false);
    setCreated(true);
  });

  return (
    <>
      <h1>{t('groups.title')}</h1>
      {created && (
        <p className="notice" role="status">
          {t('groups.created')}
        </p>
      )}
      {creating ? (
        <GroupForm
          title={t('groups.createTitle')}
          form={form}
          areas={areas}
          submitLabel={t('common.actions.create')}
          onCancel={() => {
            form.reset();
            setCreating(false);
          }}
        />
      ) : (
        mayCreate && (
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setCreating(true);
                setCreated(false);
              }}
            >
              {t('groups.new')}
            </button>
          </div>
        )
      )}
      {loading ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : groups.length === 0 ? (
        <p className="hint">{t('groups.empty')}</p>
      ) : (
        <ul className="list" aria-label={t('groups.title')}>
          {groups.map((group) => (
            <li key={group.id}>
              <Link href={`/groups/${group.id}`}>
                <strong>{group.name}</strong>
                {group.demo && (
                  <>
                    {' '}
                    <span className="badge demo">{t('groups.demo')}</span>
                  </>
                )}
                <br />
                <span className="hint">
                  {[
                    t(`domain.groupKind.${group.kind}`),
                    group.quarterId ? areaNames.get(group.quarterId) : t('groups.noQuarter'),
                    t('groups.memberCount', { count: memberCounts.get(group.id) ?? 0 }),
                  ].join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
