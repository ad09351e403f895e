import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../db/mutators';
import { formatDay, localToday } from '../../domain/format/day-format';
import { contractsInCourse, lastDeliveryOf } from '../../domain/people/member-deletion';
import { displayName } from '../../domain/people/member-search';
import { elisionContext } from '../../i18n/elision';
import { ConfirmButton } from '../../ui/confirm-button';
import { MemberDetails } from './member-details';
import { MemberEditForm } from './member-edit-form';
import { MemberGroups } from './member-groups';
import { useMember } from './use-member';

export function MemberDetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const { member, namesOnly, signupEvent, areas, contracts } = useMember(id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  // The contracts too: the delete is refused while some still deliver, so it is not offered before they are read.
  if (member === undefined || contracts === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  const back = <Link href="/members">{t('members.backToList')}</Link>;
  if (member === null) {
    return (
      <>
        <h1>{t('members.notFoundTitle')}</h1>
        <p>{t('members.notFound')}</p>
        {back}
      </>
    );
  }

  const name = displayName(member);
  const inCourse = contractsInCourse(contracts, localToday());
  const day = (date: string) => formatDay(date, i18n.language);
  if (namesOnly) {
    return (
      <>
        {back}
        <h1>{name}</h1>
        <p>{t('members.namesOnly')}</p>
      </>
    );
  }

  return (
    <>
      {back}
      <h1>
        {name}
        {member.demo && (
          <>
            {' '}
            <span className="badge demo">{t('members.demo')}</span>
          </>
        )}
      </h1>
      {saved && (
        <p className="notice" role="status">
          {t('members.saved')}
        </p>
      )}
      {editing ? (
        <MemberEditForm
          member={member}
          areas={areas}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setEditing(true);
                setSaved(false);
              }}
            >
              {t('common.actions.edit')}
            </button>
          </div>
          <MemberDetails member={member} quarterName={areas.find((area) => area.id === member.quarterId)?.name} signupEvent={signupEvent} />
        </>
      )}
      <MemberGroups memberId={member.id} />
      <h2>{t('members.sections.danger')}</h2>
      <ConfirmButton
        label={t('common.actions.delete')}
        question={t('members.deleteQuestion', { name, context: elisionContext(name) })}
        confirmLabel={t('members.confirmDelete')}
        onConfirm={() => mutate('member.delete', { id })}
        onDone={() => navigate('/members')}
        refusal={
          inCourse && (
            <>
              <p>{t('members.deleteBlocked', { count: inCourse.contracts.length, date: day(inCourse.lastDelivery) })}</p>
              <ul>
                {inCourse.contracts.map((contract) => (
                  <li key={contract.id}>
                    <Link href={`/contracts/${contract.id}`}>{t('members.contractInCourse', { date: day(lastDeliveryOf(contract)) })}</Link>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      />
    </>
  );
}
