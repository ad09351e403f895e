import { useTranslation } from 'react-i18next';
import { SyncStatusLine } from '../features/account/sync-status-line';
import { useSyncStatus } from '../features/account/use-sync-status';

/**
 * Always visible: whether the phone is online, how many changes wait to be synced, and where sync stands
 * (last success, last error, what the user must do). Details live in /account.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  return (
    <div className="status-bar" role="status" aria-live="polite">
      <span className={status.online ? 'status-dot online' : 'status-dot offline'} aria-hidden="true" />
      <span data-testid="online-status">{status.online ? t('common.status.online') : t('common.status.offline')}</span>
      <span className="status-sep" aria-hidden="true">
        ·
      </span>
      <span data-testid="pending-count">{t('common.status.pending', { count: status.pending })}</span>
      <span className="status-sep" aria-hidden="true">
        ·
      </span>
      <SyncStatusLine status={status} />
    </div>
  );
}
