/** The words of the sync status: when it last succeeded, and the records received during a first sync. */
import { useTranslation } from 'react-i18next';
import { formatCount, formatSyncTime } from '../../domain/format/instant-format';

export function useSyncLabels() {
  const { t, i18n } = useTranslation();
  return {
    lastSync(lastSuccessAt: string | null | undefined): string {
      if (!lastSuccessAt) return t('sync.status.never');
      const { sameDay, time, date } = formatSyncTime(lastSuccessAt, i18n.language);
      return sameDay ? t('sync.status.syncedAt', { time }) : t('sync.status.syncedOn', { date, time });
    },
    progress(progress: { received: number; total: number }): string {
      return t('sync.status.receiving', {
        received: formatCount(progress.received, i18n.language),
        total: formatCount(progress.total, i18n.language),
      });
    },
  };
}
