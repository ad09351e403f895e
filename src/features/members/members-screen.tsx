import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../domain/member-search';
import { AreaField } from '../../ui/area-field';
import { Field } from '../../ui/field';
import { useMemberList, type MemberListFilter } from './use-member-list';

// Rendering thousands of rows on a phone is slow and useless: past this many, the user narrows the search.
const MAX_ROWS = 200;

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
        <>
          <p className="counter" role="status" data-testid="member-count">
            {t('members.count', { count: results.length })}
          </p>
          {results.length > MAX_ROWS && <p className="hint">{t('members.truncated', { shown: MAX_ROWS })}</p>}
          <ul className="list" aria-label={t('members.title')}>
            {results.slice(0, MAX_ROWS).map((member) => (
              <li key={member.id}>
                <Link href={`/members/${member.id}`}>
                  <strong>{displayName(member)}</strong>
                  {member.demo && (
                    <>
                      {' '}
                      <span className="badge demo">{t('members.demo')}</span>
                    </>
                  )}
                  <br />
                  <span className="hint">{member.quarterId ? areaNames.get(member.quarterId) : t('members.noQuarter')}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
