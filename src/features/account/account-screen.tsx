/**
 * /account: signing in and out, choosing one's own password, where sync stands in detail, refused changes, and the
 * way to duplicates and, for a coordinator, accounts and devices.
 */
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './change-password-form';
import { LoginForm } from './login-form';
import { RejectedList } from './rejected-list';
import { SignedInCard } from './signed-in-card';
import { useSyncStore } from './sync-store';
import { useSyncLabels } from './use-sync-labels';
import { useSyncStatus, type SyncStatus } from './use-sync-status';

function SyncDetails({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const labels = useSyncLabels();
  const syncNow = useSyncStore((store) => store.syncNow);
  const { state } = status;
  return (
    <section aria-labelledby="sync-title">
      <h2 id="sync-title">{t('sync.account.syncTitle')}</h2>
      <dl>
        <dt>{t('sync.account.network')}</dt>
        <dd>{status.online ? t('common.status.online') : t('common.status.offline')}</dd>
        <dt>{t('sync.account.waiting')}</dt>
        <dd>{t('common.status.pending', { count: status.pending })}</dd>
        <dt>{t('sync.account.lastSync')}</dt>
        <dd>{labels.lastSync(state?.lastSuccessAt)}</dd>
        {state?.progress && (
          <>
            <dt>{t('sync.account.progress')}</dt>
            <dd>{labels.progress(state.progress)}</dd>
          </>
        )}
        {state?.lastError && (
          <>
            <dt>{t('sync.account.lastError')}</dt>
            <dd>
              {t(state.lastError.key)} <span className="hint">({state.lastError.detail})</span>
            </dd>
          </>
        )}
      </dl>
      {state?.blocked === 'protocolOutdated' && (
        <p className="notice warning">
          {t('sync.status.updateApp')}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('sync.status.reload')}
          </button>
        </p>
      )}
      {state?.blocked === 'sessionRevoked' && <p className="notice warning">{t('sync.status.sessionRevoked')}</p>}
      {status.session && status.canSync && (
        <div className="actions">
          <button type="button" className="primary" disabled={status.syncing} onClick={() => void syncNow()}>
            {status.syncing ? t('sync.status.syncing') : t('sync.status.syncNow')}
          </button>
        </div>
      )}
    </section>
  );
}

export function AccountScreen() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  if (!status.loaded) return <p aria-busy="true">{t('common.loading')}</p>;
  const { session } = status;
  const needsSignIn = !session || status.state?.blocked === 'sessionRevoked' || status.state?.blocked === 'sessionExpired';
  return (
    <>
      <h1>{t('sync.account.title')}</h1>
      {session && !needsSignIn ? (
        <>
          <SignedInCard session={session} pending={status.pending} />
          <ChangePasswordForm required={session.user.mustChangePassword === true} />
        </>
      ) : (
        <>
          {!session && <p className="notice">{t('sync.status.notSignedIn')}</p>}
          <LoginForm pending={status.pending} />
        </>
      )}
      <SyncDetails status={status} />
      <RejectedList />
      <h2>{t('sync.account.more')}</h2>
      <ul className="list">
        <li>
          <Link href="/duplicates">{t('sync.account.duplicatesLink')}</Link>
        </li>
        {session?.user.role === 'coordinator' && (
          <>
            <li>
              <Link href="/account/accounts">{t('accounts.title')}</Link>
            </li>
            <li>
              <Link href="/account/devices">{t('sync.devices.title')}</Link>
            </li>
          </>
        )}
      </ul>
    </>
  );
}
