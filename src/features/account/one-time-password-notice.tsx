/** The password the server made, shown this once: the coordinator copies it or reads it out, then closes it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function OneTimePasswordNotice({ login, password, onClose }: { login: string; password: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    // The clipboard needs a secure context and the page's focus; when refused, the password stays on screen to read.
    if (!navigator.clipboard) return setCopied(false);
    navigator.clipboard.writeText(password).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="card notice" role="region" aria-label={t('accounts.oneTime.title')}>
      <h2>{t('accounts.oneTime.title')}</h2>
      <p>{t('accounts.oneTime.intro', { login })}</p>
      <p>
        <code className="one-time-password" data-testid="one-time-password">
          {password}
        </code>
      </p>
      <p className="hint">{t('accounts.oneTime.once')}</p>
      {copied !== null && <p role="status">{copied ? t('accounts.oneTime.copied') : t('accounts.oneTime.copyFailed')}</p>}
      <div className="actions">
        <button type="button" onClick={copy}>
          {t('accounts.oneTime.copy')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('accounts.oneTime.done')}
        </button>
      </div>
    </div>
  );
}
