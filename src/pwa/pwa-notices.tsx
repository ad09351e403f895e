import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { watchForUpdates } from './update-checks';

interface PwaNoticesProps {
  /** Only the tests replace this: the page reloads after the user accepted a new version. */
  reload?: () => void;
}

function reloadPage() {
  window.location.reload();
}

/**
 * "Ready offline" and "new version" notices. A new version is only activated when the user says so: the
 * stand's half-typed sign-up must never vanish under a volunteer's fingers.
 */
export function PwaNotices({ reload = reloadPage }: PwaNoticesProps) {
  const { t } = useTranslation();
  const accepted = useRef(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) watchForUpdates(registration);
    },
    // The new worker can also take over because another tab accepted it: then this tab keeps its screen and
    // keeps asking, instead of the plugin's default reload.
    onNeedReload() {
      if (accepted.current) reload();
      else setNeedRefresh(true);
    },
  });

  const update = () => {
    accepted.current = true;
    void updateServiceWorker(true);
  };

  return (
    <>
      {needRefresh && (
        <div className="notice warning pwa-update" role="alert" data-testid="update-prompt">
          <p className="pwa-update-text">
            <strong>{t('pwa.updateAvailable')}</strong> {t('pwa.updateHint')}
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={update}>
              {t('pwa.update')}
            </button>
            <button type="button" onClick={() => setNeedRefresh(false)}>
              {t('pwa.later')}
            </button>
          </div>
        </div>
      )}
      {offlineReady && !needRefresh && (
        <div className="notice" role="status" data-testid="offline-ready">
          <span>{t('pwa.offlineReady')}</span>{' '}
          <button type="button" onClick={() => setOfflineReady(false)}>
            {t('pwa.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
