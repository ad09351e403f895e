import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersistAnswer } from './persistent-storage';

/** Tells the user, once, whether the browser agreed to keep the data even when the phone runs out of space. */
export function StorageNotice({ answer }: { answer: PersistAnswer | null }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<PersistAnswer | null>(null);
  if (!answer || dismissed === answer) return null;
  return (
    <div className={answer === 'granted' ? 'notice' : 'notice warning'} role="status" data-testid="storage-notice">
      <span>{t(`pwa.storage.${answer}`)}</span>{' '}
      <button type="button" onClick={() => setDismissed(answer)}>
        {t('pwa.dismiss')}
      </button>
    </div>
  );
}
