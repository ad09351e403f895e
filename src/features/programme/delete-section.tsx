import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { MutationResult } from '../../db/mutators';
import { ConfirmButton } from '../../ui/confirm-button';

/** Deleting a programme row, in two steps, then back to its list. */
export function DeleteSection({ name, onConfirm, backHref }: { name: string; onConfirm: () => Promise<MutationResult>; backHref: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <>
      <h2>{t('programme.dangerTitle')}</h2>
      <ConfirmButton
        label={t('common.actions.delete')}
        question={t('programme.deleteQuestion', { name })}
        confirmLabel={t('programme.confirmDelete')}
        onConfirm={onConfirm}
        onDone={() => navigate(backHref)}
      />
    </>
  );
}
