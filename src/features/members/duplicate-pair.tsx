/** Two people who may be one: both records side by side, which one to keep, and the merge. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeMembers } from '../../db/app-merge';
import type { Member } from '../../domain/people/entities';
import type { DuplicatePair } from '../../domain/people/duplicate-pairs';
import { ActionAlert } from '../../ui/form-alert';
import { useDeviceLabel } from '../../ui/use-device-label';
import { useActionError } from '../../ui/use-action-error';
import { formatSyncTime } from '../../domain/format/instant-format';

function fullName(member: Member): string {
  return [member.firstName, member.lastName].filter((part) => part !== '').join(' ');
}

function PersonDetails({ member, areaName }: { member: Member; areaName: string | null }) {
  const { t, i18n } = useTranslation();
  const signedUp = formatSyncTime(member.signupAt, i18n.language);
  const none = t('common.none');
  const deviceLabel = useDeviceLabel();
  return (
    <dl>
      <dt>{t('sync.duplicates.phone')}</dt>
      <dd>{member.phone || none}</dd>
      <dt>{t('sync.duplicates.email')}</dt>
      <dd>{member.email || none}</dd>
      <dt>{t('sync.duplicates.quarter')}</dt>
      <dd>{areaName ?? none}</dd>
      <dt>{t('sync.duplicates.interests')}</dt>
      <dd>{member.interests.map((kind) => t(`domain.productKind.${kind}`)).join(', ') || none}</dd>
      <dt>{t('sync.duplicates.signedUp')}</dt>
      <dd>
        {t('sync.duplicates.signedUpOn', {
          date: signedUp.date,
          time: signedUp.time,
          device: deviceLabel(member.signupDeviceName, member.signupDeviceId),
        })}
      </dd>
    </dl>
  );
}

export function DuplicatePairCard({ pair, areaName }: { pair: DuplicatePair<Member>; areaName: (id: string | null) => string | null }) {
  const { t } = useTranslation();
  const name = useId();
  const [keepId, setKeepId] = useState(pair.first.id);
  const [busy, setBusy] = useState(false);
  const { error, run } = useActionError();
  const people = [pair.first, pair.second];
  const mergeId = keepId === pair.first.id ? pair.second.id : pair.first.id;

  const merge = async () => {
    setBusy(true);
    await run(mergeMembers(keepId, mergeId));
    setBusy(false);
  };

  return (
    <li className="card">
      <h2>{fullName(pair.first)}</h2>
      <p className="hint">
        {t('sync.duplicates.because', { reasons: pair.reasons.map((r) => t(`sync.duplicates.reason.${r}`)).join(', ') })}
      </p>
      <fieldset>
        <legend>{t('sync.duplicates.keepWhich')}</legend>
        {people.map((member, index) => (
          <div key={member.id}>
            <label className="checkbox">
              <input type="radio" name={name} checked={keepId === member.id} onChange={() => setKeepId(member.id)} />
              {t('sync.duplicates.keep', { index: index + 1, name: fullName(member) })}
            </label>
            <PersonDetails member={member} areaName={areaName(member.quarterId)} />
          </div>
        ))}
      </fieldset>
      <ActionAlert error={error} />
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void merge()}>
          {t('sync.duplicates.merge')}
        </button>
      </div>
    </li>
  );
}
