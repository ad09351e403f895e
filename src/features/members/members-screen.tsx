import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaField } from '../../ui/area-field';
import { Field } from '../../ui/field';
import { MemberList } from './member-list';
import { useMemberList, type MemberListFilter } from './use-member-list';

export function MembersScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<MemberListFilter>({ query: '', quarterId: '', groupId: '' });
  const { loading, results, areas, groups, areaNames } = useMemberList(filter);
  const set = (patch: Partial<MemberListFilter>) => setFilter((current) => ({ ...current, ...patch }));

  return (
    <>
      <h1>{t('members.title')}</h1>
      <div role="search">
        <Field label={t('members.search')}>
          {(control) => <input {...control} type="search" value={filter.query} onChange={(e) => set({ query: e.target.value })} />}
        </Field>
        <AreaField
          label={t('members.quarterFilter')}
          areas={areas}
          noneLabel={t('members.allQuarters')}
          value={filter.quarterId}
          onChange={(areaId) => set({ quarterId: areaId })}
        />
        <Field label={t('members.groupFilter')}>
          {(control) => (
            <select {...control} value={filter.groupId} onChange={(e) => set({ groupId: e.target.value })}>
              <option value="">{t('members.allGroups')}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {loading ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <MemberList results={results} areaNames={areaNames} />
      )}
    </>
  );
}
