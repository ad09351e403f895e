/**
 * The compact sync part of the header: what needs the user (not signed in, app too old, phone disconnected) comes
 * first; otherwise the pull's progress or the last sync, the last error, refused changes and "sync now".
 */
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useSyncStore } from './sync-store';
import { useSyncLabels } from './use-sync-labels';
import type { SyncStatus } from './use-sync-status';
import './sync.css';

function Blocked({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const blocked = status.state?.blocked;
  if (blocked === 'protocolOutdated') {
    return (
      <>
        <span className="sync-alert">{t('sync.status.updateApp')}</span>
        <button type="button" className="sync-button" onClick={() => window.location.reload()}>
          {t('sync.status.reload')}
        </button>
      </>
    );
  }
  return (
    <>
      <span className="sync-alert">{t(blocked ? `sync.status.${blocked}` : 'sync.status.notSignedIn')}</span>
      <Link href="/account">{t('sync.status.signIn')}</Link>
    </>
  );
}

export function SyncStatusLine({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const labels = useSyncLabels();
  const syncNow = useSyncStore((store) => store.syncNow);
  if (!status.loaded) return null;
  const { state } = status;
  const needsUser = Boolean(state?.blocked) || !status.session;
  return (
    <span className="sync-status">
      {needsUser ? (
        <Blocked status={status} />
      ) : (
        <>
          <span data-testid="last-sync">{state?.progress ? labels.progress(state.progress) : labels.lastSync(state?.lastSuccessAt)}</span>
          {/* Offline, the dot already says so: a network error would only repeat it, and a sync cannot start. */}
          {state?.lastError && (status.online || state.lastError.key !== 'sync.errors.network') && (
            <span className="sync-alert" data-testid="sync-error">
              {t(state.lastError.key)}
            </span>
          )}
          {status.canSync && status.online && (
            <button
              type="button"
              className="sync-button"
              disabled={status.syncing}
              aria-busy={status.syncing}
              onClick={() => void syncNow()}
            >
              {status.syncing ? t('sync.status.syncing') : t('sync.status.syncNow')}
            </button>
          )}
        </>
      )}
      {status.rejected > 0 && <Link href="/account">{t('sync.status.rejected', { count: status.rejected })}</Link>}
    </span>
  );
}
