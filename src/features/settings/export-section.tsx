import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExport } from './download-export';

type ExportState = { done: string } | { failed: true } | null;

export function ExportSection() {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportState>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      setState({ done: await downloadExport() });
    } catch (error) {
      console.error('export failed', error);
      setState({ failed: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="settings-export">
      <h2 id="settings-export">{t('settings.export.title')}</h2>
      <p className="hint">{t('settings.export.hint')}</p>
      <button type="button" disabled={busy} onClick={() => void run()}>
        {t('settings.export.download')}
      </button>
      <p role="status">{state && ('done' in state ? t('settings.export.done', { file: state.done }) : t('settings.export.failed'))}</p>
    </section>
  );
}
