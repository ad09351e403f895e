/** /account/devices: the coordinator sees every signed-in phone and can cut off a lost one. */
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { DeviceSession } from '../../sync/auth-client';
import { ConfirmButton } from '../../ui/confirm-button';
import { useDeviceLabel } from '../../ui/use-device-label';
import type { SubmitResult } from '../../ui/use-form-errors';
import { formatSyncTime } from '../../domain/format/instant-format';
import { useDevices } from './use-devices';
import { useSyncStatus } from './use-sync-status';

function DeviceItem({ device, current, onRevoke }: { device: DeviceSession; current: boolean; onRevoke: () => Promise<SubmitResult> }) {
  const { t, i18n } = useTranslation();
  const seen = formatSyncTime(new Date(device.lastSeenAt).toISOString(), i18n.language);
  // Named as the member pages name the phone someone was signed up on, so a coordinator can tell which to cut off.
  const deviceName = useDeviceLabel()(device.deviceName, device.clientId);
  return (
    <li className="card">
      <p>
        <strong>{deviceName}</strong> — {device.user.name} ({device.user.login}, {t(`sync.roles.${device.user.role}`)})
        {current && ` — ${t('sync.devices.thisPhone')}`}
      </p>
      <p className="hint">{t('sync.devices.lastSeen', { date: seen.date, time: seen.time })}</p>
      {device.revokedAt !== null ? (
        <p>
          <span className="badge">{t('sync.devices.revoked')}</span>
        </p>
      ) : (
        <ConfirmButton
          label={t('sync.devices.revoke')}
          question={t('sync.devices.revokeQuestion', { device: deviceName, name: device.user.name })}
          confirmLabel={t('sync.devices.confirmRevoke')}
          onConfirm={onRevoke}
        />
      )}
    </li>
  );
}

export function DevicesScreen() {
  const { t } = useTranslation();
  const { session, loaded } = useSyncStatus();
  const { state, revoke } = useDevices(session?.user.role === 'coordinator' ? session.token : null);
  const back = <Link href="/account">{t('sync.devices.back')}</Link>;
  if (!loaded) return <p aria-busy="true">{t('common.loading')}</p>;
  if (session?.user.role !== 'coordinator') {
    return (
      <>
        {back}
        <h1>{t('sync.devices.title')}</h1>
        <p>{t('sync.devices.coordinatorOnly')}</p>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{t('sync.devices.title')}</h1>
      {state.status === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
      {state.status === 'error' && (
        <p className="notice error" role="alert">
          {t(state.error)}
        </p>
      )}
      {state.status === 'ready' && (
        <ul className="list">
          {state.devices.map((device) => (
            <DeviceItem
              key={device.sessionId}
              device={device}
              current={device.sessionId === session.sessionId}
              onRevoke={() => revoke(device.sessionId)}
            />
          ))}
        </ul>
      )}
    </>
  );
}
