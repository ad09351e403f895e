import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { NO_ROWS, useGroups } from '../../db/hooks/use-lists';
import { useGroupIdsOfMember } from '../../db/hooks/use-member-links';
import { mutate } from '../../db/mutators';
import { Field } from '../../ui/field';
import { ListRow } from '../../ui/list-row';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';

/** The consumer groups a member belongs to, with adding to and removing from a group. */
export function MemberGroups({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const groups = useGroups() ?? NO_ROWS;
  const joinedIds = new Set(useGroupIdsOfMember(memberId) ?? NO_ROWS);
  const [chosen, setChosen] = useState('');
  const { error, run } = useActionError();
  const joined = groups.filter((group) => joinedIds.has(group.id));
  const available = groups.filter((group) => !joinedIds.has(group.id));

  const add = async () => {
    if (await run(mutate('groupMember.add', { groupId: chosen, memberId }))) setChosen('');
  };

  return (
    <section aria-labelledby="member-groups-title">
      <h2 id="member-groups-title">{t('members.sections.groups')}</h2>
      <ActionAlert error={error} />
      {joined.length === 0 ? (
        <p className="hint">{t('members.noGroups')}</p>
      ) : (
        <ul className="list">
          {joined.map((group) => (
            <ListRow key={group.id}>
              <Link href={`/groups/${group.id}`}>{group.name}</Link>
              <button type="button" onClick={() => void run(mutate('groupMember.remove', { groupId: group.id, memberId }))}>
                {t('members.removeFromGroup')} <span className="visually-hidden">{group.name}</span>
              </button>
            </ListRow>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <>
          <Field label={t('members.groupToJoin')}>
            {(control) => (
              <select {...control} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value="">{t('members.chooseGroup')}</option>
                {available.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="actions">
            <button type="button" disabled={chosen === ''} onClick={() => void add()}>
              {t('members.addToGroup')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
