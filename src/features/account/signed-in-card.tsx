/** Who this phone syncs as, and signing out (local data and waiting changes stay on the phone). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '../../db/database';
import { useAccount } from './use-account';

export function SignedInCard({ session, pending }: { session: SessionRecord; pending: number }) {
  const { t } = useTranslation();
  const { signOut } = useAccount();
  const [busy, setBusy] = useState(false);
  return (
    <div className="card">
      <p>{t('sync.account.signedInAs', { name: session.user.name, login: session.user.login })}</p>
      <p>{t('sync.account.role', { role: t(`sync.roles.${session.user.role}`) })}</p>
      <p className="hint">{t('sync.account.signOutKeeps', { count: pending })}</p>
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void signOut().finally(() => setBusy(false));
          }}
        >
          {t('sync.account.signOut')}
        </button>
      </div>
    </div>
  );
}
