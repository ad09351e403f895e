/**
 * A phone as people can tell it: the name it was given, else « appareil 5K6BAN3H ». An id is a ULID, 26 letters
 * that cannot wrap and push a phone's screen wider; its last 8 are random, enough to tell two phones apart.
 */
import { useTranslation } from 'react-i18next';

const SHORT_ID_LENGTH = 8;

export function useDeviceLabel(): (name: string | undefined, id: string) => string {
  const { t } = useTranslation();
  return (name, id) => name?.trim() || t('common.device', { id: id.slice(-SHORT_ID_LENGTH).toUpperCase() });
}
