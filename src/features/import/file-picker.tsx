import { useTranslation } from 'react-i18next';
import { columnsOf, type ImportKind } from '../../domain/import/columns';
import type { FileState } from './use-import';

interface Props {
  kind: ImportKind;
  state: FileState | undefined;
  onChoose: (file: File | undefined) => void;
}

/** One file input per kind of data, with the columns it expects and the reading's progress or refusal. */
export function FilePicker({ kind, state, onChoose }: Props) {
  const { t } = useTranslation();
  const id = `import-file-${kind}`;
  const refused = state?.status === 'refused';
  const readAsWindows1252 = state?.status === 'read' && state.encoding === 'windows-1252';
  const describedBy = [`${id}-hint`, ...(readAsWindows1252 ? [`${id}-encoding`] : []), ...(refused ? [`${id}-error`] : [])];
  return (
    <div className="field">
      <label htmlFor={id}>{t(`import.fileLabel.${kind}`)}</label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={describedBy.join(' ')}
        aria-invalid={refused || undefined}
        onChange={(event) => onChoose(event.currentTarget.files?.[0])}
      />
      <p id={`${id}-hint`} className="hint">
        {t('import.columns', { columns: columnsOf(kind).join(', ') })}
      </p>
      {state?.status === 'reading' && (
        <p>
          {t('import.reading', { name: state.name })} <progress max={1} value={state.progress} aria-label={t('import.readProgress')} />
        </p>
      )}
      {readAsWindows1252 && (
        <p id={`${id}-encoding`} className="hint">
          {t('import.readAsWindows1252', { name: state.name })}
        </p>
      )}
      {refused && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(state.message, state.params)}
        </p>
      )}
    </div>
  );
}
