import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS } from '../../domain/import/columns';
import { useFormatExport } from './use-format-export';

/** "Exporter au même format": files that the import screen reads back as they are. */
export function ExportSection() {
  const { t } = useTranslation();
  const { busy, saved, exportKind } = useFormatExport();
  return (
    <section aria-labelledby="import-export-title">
      <h2 id="import-export-title">{t('import.export.title')}</h2>
      <p className="hint">{t('import.export.hint')}</p>
      <div className="actions">
        {IMPORT_KINDS.map((kind) => (
          <button key={kind} type="button" disabled={busy} onClick={() => void exportKind(kind)}>
            {t(`import.export.button.${kind}`)}
          </button>
        ))}
      </div>
      {saved && <p role="status">{t('import.export.done', { name: saved })}</p>}
    </section>
  );
}
