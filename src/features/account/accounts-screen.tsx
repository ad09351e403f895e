/**
 * /account/accounts: the coordinator manages accounts online — creates them (a one-time password shown once),
 * changes an animator's groups or a producer's record, resets a password, disables an account — and reads the log
 * of who did what.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { ManagedAccount } from '../../domain/access/managed-account';
import type { WithOneTimePassword } from '../../sync/accounts-client';
import { AccountCard, type AccountActions } from './account-card';
import { AuditList } from './audit-list';
import { NewAccountForm } from './new-account-form';
import { OneTimePasswordNotice } from './one-time-password-notice';
import { useAccountsAdmin } from './use-accounts-admin';
import { useSyncStatus } from './use-sync-status';

export function AccountsScreen() {
  const { t } = useTranslation();
  const { session, loaded } = useSyncStatus();
  const admin = useAccountsAdmin(session?.user.role === 'coordinator' ? session.token : null);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<WithOneTimePassword | null>(null);
  const back = <Link href="/account">{t('accounts.back')}</Link>;
  if (!loaded) return <p aria-busy="true">{t('common.loading')}</p>;
  if (session?.user.role !== 'coordinator') {
    return (
      <>
        {back}
        <h1>{t('accounts.title')}</h1>
        <p>{t('accounts.coordinatorOnly')}</p>
      </>
    );
  }

  const actions: AccountActions = {
    setGroups: admin.setGroups,
    setProducer: admin.setProducer,
    disable: admin.disable,
    async resetPassword(account: ManagedAccount) {
      const result = await admin.resetPassword(account.id);
      if (!result.ok) return { ok: false, issues: [{ path: '', message: result.error }] };
      setShown(result.oneTime);
      return { ok: true };
    },
  };
  const { state } = admin;

  return (
    <>
      {back}
      <h1>{t('accounts.title')}</h1>
      <p className="hint">{t('accounts.intro')}</p>
      {shown && <OneTimePasswordNotice login={shown.account.login} password={shown.oneTimePassword} onClose={() => setShown(null)} />}
      {creating ? (
        <NewAccountForm
          onCancel={() => setCreating(false)}
          onCreate={async (request) => {
            const result = await admin.create(request);
            if (result.ok) {
              setCreating(false);
              setShown(result.oneTime);
            }
            return result;
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('accounts.create.open')}
          </button>
        </div>
      )}
      {state.status === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
      {state.status === 'error' && (
        <p className="notice error" role="alert">
          {t(state.error)}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <h2>{t('accounts.list.title', { count: state.accounts.length })}</h2>
          <ul className="list" aria-label={t('accounts.list.label')}>
            {state.accounts.map((account) => (
              <AccountCard key={account.id} account={account} self={account.id === session.user.id} actions={actions} />
            ))}
          </ul>
          <AuditList entries={state.audit} />
        </>
      )}
    </>
  );
}
