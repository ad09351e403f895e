import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../db/mutators';
import { displayName } from '../../domain/people/member-search';
import { Field } from '../../ui/field';
import { ListRow } from '../../ui/list-row';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';
import { useGroupMembers } from './use-group-members';

/**
 * The members of a group, removing one, and finding people by name to add them. Only the list for an account that
 * may not change this group's members (a producer's, an animator of other groups), since the server refuses them.
 */
export function GroupMembers({ groupId, mayOrganise }: { groupId: string; mayOrganise: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { error, run } = useActionError();
  const { inGroup, candidates, searching } = useGroupMembers(groupId, search);

  return (
    <section aria-labelledby="group-members-title">
      <h2 id="group-members-title">{t('groups.membersTitle', { count: inGroup.length })}</h2>
      <ActionAlert error={error} />
      {inGroup.length === 0 ? (
        <p className="hint">{t('groups.noMembers')}</p>
      ) : (
        <ul className="list" aria-label={t('groups.membersList')}>
          {inGroup.map((member) => (
            <ListRow key={member.id}>
              <Link href={`/members/${member.id}`}>{displayName(member)}</Link>
              {mayOrganise && (
                <button type="button" onClick={() => void run(mutate('groupMember.remove', { groupId, memberId: member.id }))}>
                  {t('groups.removeMember')} <span className="visually-hidden">{displayName(member)}</span>
                </button>
              )}
            </ListRow>
          ))}
        </ul>
      )}
      {mayOrganise && (
        <>
          <Field label={t('groups.findMember')} hint={t('groups.findMemberHint')}>
            {(control) => <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
          </Field>
          {searching && candidates.length === 0 && <p className="hint">{t('groups.noCandidates')}</p>}
          {candidates.length > 0 && (
            <ul className="list" aria-label={t('groups.candidates')}>
              {candidates.map((member) => (
                <ListRow key={member.id}>
                  <span>{displayName(member)}</span>
                  <button type="button" onClick={() => void run(mutate('groupMember.add', { groupId, memberId: member.id }))}>
                    {t('groups.addMember')} <span className="visually-hidden">{displayName(member)}</span>
                  </button>
                </ListRow>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
