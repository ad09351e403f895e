import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaField } from '../../ui/area-field';
import { Field } from '../../ui/field';
import { GroupSelectField } from '../../ui/group-select-field';
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
        <GroupSelectField
          label={t('members.groupFilter')}
          groups={groups}
          noneLabel={t('members.allGroups')}
          value={filter.groupId}
          onChange={(groupId) => set({ groupId })}
        />
      </div>
      {loading ? <p aria-busy="true">{t('common.loading')}</p> : <MemberList results={results} areaNames={areaNames} />}
    </>
  );
}
