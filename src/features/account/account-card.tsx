/** One account in the coordinator's list: what it answers for, its state, its phones' last sync, and its actions. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDevice, ManagedAccount } from '../../domain/access/managed-account';
import { formatSyncTime } from '../../domain/format/instant-format';
import { ActionAlert } from '../../ui/form-alert';
import { ConfirmButton } from '../../ui/confirm-button';
import { useDeviceLabel } from '../../ui/use-device-label';
import type { SubmitResult } from '../../ui/use-form-errors';
import { GroupsField, ProducerField, useScopeNames } from './account-scope-fields';

export interface AccountActions {
  setGroups: (id: string, groupIds: string[]) => Promise<SubmitResult>;
  setProducer: (id: string, producerId: string) => Promise<SubmitResult>;
  resetPassword: (account: ManagedAccount) => Promise<SubmitResult>;
  disable: (id: string) => Promise<SubmitResult>;
}

function DeviceLine({ device }: { device: AccountDevice }) {
  const { t, i18n } = useTranslation();
  const label = useDeviceLabel()(device.deviceName, device.clientId);
  const seen = formatSyncTime(new Date(device.lastSeenAt).toISOString(), i18n.language);
  return (
    <li>
      {label} — {t('accounts.list.lastSync', { date: seen.date, time: seen.time })}
      {device.revokedAt !== null && ` — ${t('accounts.list.signedOut')}`}
    </li>
  );
}

function ScopeEditor({ account, actions, onDone }: { account: ManagedAccount; actions: AccountActions; onDone: () => void }) {
  const { t } = useTranslation();
  const [groupIds, setGroupIds] = useState(account.groupIds);
  const [producerId, setProducerId] = useState(account.producerId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (account.role === 'animator' && groupIds.length === 0) return setError('validation.groupsRequired');
    if (account.role === 'producer' && producerId === '') return setError('validation.required');
    setBusy(true);
    const result =
      account.role === 'animator' ? await actions.setGroups(account.id, groupIds) : await actions.setProducer(account.id, producerId);
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.issues[0]?.message ?? 'sync.errors.unexpected');
  };
  return (
    <div role="group" aria-label={t('accounts.edit.title', { name: account.name })}>
      <ActionAlert error={error} />
      {account.role === 'animator' ? (
        <GroupsField value={groupIds} onChange={setGroupIds} />
      ) : (
        <ProducerField value={producerId} onChange={setProducerId} />
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t('accounts.edit.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('accounts.cancel')}
        </button>
      </div>
    </div>
  );
}

export function AccountCard({ account, self, actions }: { account: ManagedAccount; self: boolean; actions: AccountActions }) {
  const { t } = useTranslation();
  const { groupName, producerName } = useScopeNames();
  const [editing, setEditing] = useState(false);
  const scope =
    account.role === 'animator'
      ? t('accounts.list.groups', { groups: account.groupIds.map(groupName).join(', ') || '—' })
      : account.role === 'producer'
        ? t('accounts.list.producer', { producer: producerName(account.producerId) || '—' })
        : null;
  return (
    <li className="card" aria-label={account.name}>
      <p>
        <strong>{account.name}</strong> ({account.login}) — {t(`accounts.roles.${account.role}`)}
        {self && ` — ${t('accounts.list.you')}`}
      </p>
      {scope && <p>{scope}</p>}
      <p>
        {account.disabled && <span className="badge">{t('accounts.list.disabled')}</span>}{' '}
        {account.mustChangePassword && !account.disabled && <span className="badge">{t('accounts.list.mustChange')}</span>}
      </p>
      {account.devices.length === 0 ? (
        <p className="hint">{t('accounts.list.noDevice')}</p>
      ) : (
        <ul aria-label={t('accounts.list.devices')}>
          {account.devices.map((device) => (
            <DeviceLine key={device.sessionId} device={device} />
          ))}
        </ul>
      )}
      {!account.disabled &&
        (editing ? (
          <ScopeEditor account={account} actions={actions} onDone={() => setEditing(false)} />
        ) : (
          <div className="actions">
            {account.role !== 'coordinator' && (
              <button type="button" onClick={() => setEditing(true)}>
                {account.role === 'animator' ? t('accounts.edit.groups') : t('accounts.edit.producer')}
              </button>
            )}
            <ConfirmButton
              label={t('accounts.reset.label')}
              question={t('accounts.reset.question', { name: account.name })}
              confirmLabel={t('accounts.reset.confirm')}
              onConfirm={() => actions.resetPassword(account)}
            />
            {!self && (
              <ConfirmButton
                label={t('accounts.disable.label')}
                question={t('accounts.disable.question', { name: account.name })}
                confirmLabel={t('accounts.disable.confirm')}
                onConfirm={() => actions.disable(account.id)}
              />
            )}
          </div>
        ))}
    </li>
  );
}
