import { useTranslation } from 'react-i18next';
import type { MutationResult } from '../../db/mutators';
import { ConfirmButton } from '../../ui/confirm-button';

export function RemoveDemoButton({ onConfirm }: { onConfirm: () => Promise<MutationResult> }) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      label={t('demo.remove')}
      question={t('demo.removeQuestion')}
      confirmLabel={t('demo.removeConfirm')}
      onConfirm={onConfirm}
    />
  );
}
