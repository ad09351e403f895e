/** A group's membership fees for a year: the amount, and who has paid it (ticked on the day it is received). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMemberIdsOfGroup } from '../../db/hooks/use-group-links';
import { NO_ROWS, useMembers } from '../../db/hooks/use-lists';
import { useMay } from '../../db/hooks/use-may';
import { useGroupFees } from '../../db/hooks/use-payments';
import { useRow } from '../../db/hooks/use-row';
import { mutate } from '../../db/mutators';
import { localToday } from '../../domain/format/day-format';
import { parseEuros } from '../../domain/format/money';
import { displayName } from '../../domain/people/member-search';
import { Field } from '../../ui/field';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';
import './payments.css';

export function MembershipFeesScreen({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const group = useRow('groups', groupId);
  const memberIds = new Set<string>(useMemberIdsOfGroup(groupId) ?? NO_ROWS);
  const members = (useMembers() ?? NO_ROWS).filter((m) => memberIds.has(m.id));
  const [year, setYear] = useState(() => Number(localToday().slice(0, 4)));
  const fees = useGroupFees(groupId, year) ?? NO_ROWS;
  const [amount, setAmount] = useState('10,00');
  const mayRecord = useMay('membershipFee.set', { groupId });
  const { error, run } = useActionError();
  if (group === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (group === null) return <p role="alert">{t('payments.fees.groupNotFound')}</p>;
  const cents = parseEuros(amount);
  const paid = fees.filter((fee) => fee.paidOn).length;
  return (
    <>
      <Link href={`/groups/${groupId}`}>{t('payments.fees.back')}</Link>
      <h1>{t('payments.fees.title', { group: group.name })}</h1>
      <div className="two-columns">
        <Field label={t('payments.fees.year')}>
          {(control) => (
            <input {...control} type="number" inputMode="numeric" value={year} onChange={(e) => setYear(Number(e.target.value) || year)} />
          )}
        </Field>
        <Field label={t('payments.fees.amount')} error={cents === null ? 'validation.priceInvalid' : undefined}>
          {(control) => <input {...control} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
      </div>
      <p role="status">{t('payments.fees.paidCount', { paid, count: members.length })}</p>
      <ActionAlert error={error} />
      <ul className="instalments" aria-label={t('payments.fees.listLabel')}>
        {members.map((member) => {
          const fee = fees.find((f) => f.memberId === member.id);
          return (
            <li key={member.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={Boolean(fee?.paidOn)}
                  disabled={mayRecord !== true || cents === null}
                  onChange={(e) =>
                    void run(
                      mutate('membershipFee.set', {
                        groupId,
                        memberId: member.id,
                        year,
                        amountCents: fee?.amountCents ?? cents ?? 0,
                        paidOn: e.target.checked ? localToday() : null,
                      }),
                    )
                  }
                />
                {displayName(member)}
              </label>
            </li>
          );
        })}
      </ul>
    </>
  );
}
