import { useTranslation } from 'react-i18next';

/** A form's save and cancel buttons. */
export function FormButtons({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.actions.cancel')}
      </button>
    </div>
  );
}
