/**
 * Two people who may be one: both records side by side, which one to keep and, field by field, whose value it
 * keeps; then a confirmation showing the result before the merge. The undo lives on the screen (the card is gone
 * once merged).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeMembers, type MergeOutcome } from '../../db/app-merge';
import type { Member } from '../../domain/people/entities';
import type { DuplicatePair } from '../../domain/people/duplicate-pairs';
import { formatPhone } from '../../domain/people/phone';
import { ActionAlert } from '../../ui/form-alert';
import { useDeviceLabel } from '../../ui/use-device-label';
import { formatSyncTime } from '../../domain/format/instant-format';
import { CHOICE_FIELDS, chosenFields, defaultChoice, shownValue, type Choice, type ChoiceField } from './merge-choice';

type AreaName = (id: string | null) => string | null;

function fullName(member: Member): string {
  return [member.firstName, member.lastName].filter((part) => part !== '').join(' ');
}

function useShown(areaName: AreaName) {
  const { t } = useTranslation();
  return (member: Member, field: ChoiceField): string => {
    const value = field === 'quarterId' ? (areaName(member.quarterId) ?? '') : shownValue(member, field);
    return (field === 'phone' ? formatPhone(value) : value) || t('common.none');
  };
}

function SignedUp({ member }: { member: Member }) {
  const { t, i18n } = useTranslation();
  const deviceLabel = useDeviceLabel();
  const signedUp = formatSyncTime(member.signupAt, i18n.language);
  return (
    <>
      {t('duplicates.signedUpOn', {
        date: signedUp.date,
        time: signedUp.time,
        device: deviceLabel(member.signupDeviceName, member.signupDeviceId),
      })}
    </>
  );
}

interface CardProps {
  pair: DuplicatePair<Member>;
  areaName: AreaName;
  onMerged: (outcome: Required<MergeOutcome>, name: string) => void;
}

export function DuplicatePairCard({ pair, areaName, onMerged }: CardProps) {
  const { t } = useTranslation();
  const id = useId();
  const people = [pair.first, pair.second] as const;
  const [keepIndex, setKeepIndex] = useState<0 | 1>(0);
  const [choice, setChoice] = useState<Choice>(() => defaultChoice(people, 0));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = useShown(areaName);
  const keep = people[keepIndex];
  const merge = people[keepIndex === 0 ? 1 : 0];

  const chooseKeep = (index: 0 | 1) => {
    setKeepIndex(index);
    setChoice(defaultChoice(people, index));
  };

  const confirm = async () => {
    setBusy(true);
    const outcome = await mergeMembers(keep, merge, chosenFields(people, choice));
    setBusy(false);
    if (outcome.result.ok && outcome.undo) onMerged({ result: outcome.result, undo: outcome.undo }, fullName(people[choice.name]));
    else if (!outcome.result.ok) setError(outcome.result.issues[0]?.message ?? 'validation.invalid');
  };

  return (
    <li className="card">
      <h2>{fullName(pair.first)}</h2>
      <p className="hint">
        {t('duplicates.because', {
          level: t(`duplicates.level.${pair.level}`),
          reasons: pair.reasons.map((r) => t(`duplicates.reason.${r}`)).join(', '),
        })}
      </p>
      <fieldset>
        <legend>{t('duplicates.keepWhich')}</legend>
        {people.map((member, index) => (
          <label key={member.id} className="checkbox">
            <input type="radio" name={`${id}-keep`} checked={keepIndex === index} onChange={() => chooseKeep(index as 0 | 1)} />
            {t('duplicates.keep', { index: index + 1, name: fullName(member) })}
          </label>
        ))}
      </fieldset>
      <table className="merge-compare">
        <caption>{t('duplicates.compare')}</caption>
        <thead>
          <tr>
            <td />
            {people.map((member, index) => (
              <th key={member.id} scope="col">
                {t('duplicates.record', { index: index + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CHOICE_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{t(`duplicates.field.${field}`)}</th>
              {people.map((member, index) => (
                <td key={member.id}>
                  <label className="checkbox">
                    <input
                      type="radio"
                      name={`${id}-${field}`}
                      aria-label={t('duplicates.takeFrom', { field: t(`duplicates.field.${field}`), index: index + 1 })}
                      checked={choice[field] === index}
                      onChange={() => setChoice({ ...choice, [field]: index })}
                    />
                    {shown(member, field)}
                  </label>
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('duplicates.signedUp')}</th>
            {people.map((member) => (
              <td key={member.id}>
                <SignedUp member={member} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <ActionAlert error={error} />
      {confirming ? (
        <section role="group" aria-label={t('duplicates.confirmTitle')} className="notice">
          <h3>{t('duplicates.confirmTitle')}</h3>
          <p>{t('duplicates.confirmText', { index: keepIndex + 1 })}</p>
          <dl>
            {CHOICE_FIELDS.map((field) => (
              <div key={field}>
                <dt>{t(`duplicates.field.${field}`)}</dt>
                <dd>{shown(people[choice[field]], field)}</dd>
              </div>
            ))}
          </dl>
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
              {t('duplicates.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('duplicates.back')}
            </button>
          </div>
        </section>
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setConfirming(true)}>
            {t('duplicates.merge')}
          </button>
        </div>
      )}
    </li>
  );
}
