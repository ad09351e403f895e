import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS } from '../../domain/import/columns';
import { countByStatus } from '../../domain/import/plan';
import { ExportSection } from './export-section';
import { FilePicker } from './file-picker';
import { ImportPreview } from './import-preview';
import { ImportResultSummary } from './import-result';
import { useImport } from './use-import';

/** CSV import of quarters and communes, producers, groups, members and contracts: preview first, written only on "Importer". */
export function ImportScreen() {
  const { t } = useTranslation();
  const { files, plans, writing, result, round, chooseFile, importNow } = useImport();
  const counts = plans ? countByStatus(plans) : null;
  const toWrite = counts ? counts.create + counts.update : 0;
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <form key={round} onSubmit={(event) => event.preventDefault()}>
        {IMPORT_KINDS.map((kind) => (
          <FilePicker key={kind} kind={kind} state={files[kind]} onChoose={(file) => void chooseFile(kind, file)} />
        ))}
      </form>
      {result && <ImportResultSummary result={result} />}
      {plans && <ImportPreview plans={plans} />}
      {counts && (
        <div className="actions">
          {counts.error > 0 && <p className="hint">{t('import.errorsNotWritten')}</p>}
          {toWrite === 0 && <p>{t('import.nothingToWrite')}</p>}
          <button type="button" className="primary" disabled={toWrite === 0 || writing !== null} onClick={() => void importNow()}>
            {writing ? t('import.importing') : t('import.import')}
          </button>
        </div>
      )}
      {writing && (
        <p>
          <label htmlFor="import-write-progress">{t('import.writeProgress')}</label>{' '}
          <progress id="import-write-progress" max={writing.total} value={writing.done} />
          <span aria-live="polite">
            {' '}
            {writing.done} / {writing.total}
          </span>
        </p>
      )}
      <ExportSection />
    </>
  );
}
