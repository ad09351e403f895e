import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../db/database';
import { countPendingChanges } from '../db/queries';
import { useOnline } from '../ui/use-online';

/** Always visible: whether the phone is online and how many changes wait to be synced. */
export function StatusBar() {
  const { t } = useTranslation();
  const online = useOnline();
  const pending = useLiveQuery(() => countPendingChanges(db), [], 0);
  return (
    <div className="status-bar" role="status" aria-live="polite">
      <span className={online ? 'status-dot online' : 'status-dot offline'} aria-hidden="true" />
      <span data-testid="online-status">{online ? t('common.status.online') : t('common.status.offline')}</span>
      <span className="status-sep" aria-hidden="true">·</span>
      <span data-testid="pending-count">{t('common.status.pending', { count: pending })}</span>
    </div>
  );
}
