import { useTranslation } from 'react-i18next';
import type { ImportResult } from './use-import';
import { useIssueText } from './use-issue-text';

/** What the import wrote and what it left out. */
export function ImportResultSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (
    <section className="notice" role="status" aria-labelledby="import-result-title">
      <h2 id="import-result-title">
        {t('import.result', { created: result.created, updated: result.updated, skipped: result.skipped, refused: result.refused })}
      </h2>
      {result.failures.length > 0 && (
        <ul>
          {result.failures.map((failure) => (
            <li key={`${failure.kind}-${failure.line}`} className="field-error">
              {t(`import.kinds.${failure.kind}`)} — {issueText(failure.line, failure.issue)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
