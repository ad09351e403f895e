import { useTranslation } from 'react-i18next';
import { formatBytes } from './format-bytes';
import { useStorageStatus } from './use-storage-status';

export function StorageSection() {
  const { t, i18n } = useTranslation();
  const { persistence, estimate, answer, ask } = useStorageStatus();
  return (
    <section aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings.storage.title')}</h2>
      {persistence && <p data-testid="storage-persistence">{t(`settings.storage.${persistence}`)}</p>}
      {persistence === 'notPersisted' && answer === null && (
        <button type="button" onClick={() => void ask()}>
          {t('settings.storage.ask')}
        </button>
      )}
      <p role="status">{answer ? t(`settings.storage.${answer}`) : ''}</p>
      {persistence && (
        <p data-testid="storage-estimate">
          {estimate
            ? t('settings.storage.used', {
                used: formatBytes(estimate.usage, i18n.language),
                quota: formatBytes(estimate.quota, i18n.language),
              })
            : t('settings.storage.noEstimate')}
        </p>
      )}
    </section>
  );
}
