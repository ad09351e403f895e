import { useTranslation } from 'react-i18next';
import type { FilePlan, PlannedRow } from '../../domain/import/plan';
import { countByStatus } from '../../domain/import/plan';
import { useIssueText } from './use-issue-text';

// A file of thousands of rows is previewed by its errors first: they are what needs reading.
const MAX_ERRORS_SHOWN = 200;
const MAX_OTHERS_SHOWN = 100;

function shownRows(rows: readonly PlannedRow[]): PlannedRow[] {
  const errors = rows.filter((row) => row.status === 'error').slice(0, MAX_ERRORS_SHOWN);
  const others = rows.filter((row) => row.status !== 'error').slice(0, MAX_OTHERS_SHOWN);
  return [...errors, ...others].sort((a, b) => a.line - b.line);
}

function RowItem({ row }: { row: PlannedRow }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (
    <li>
      <span>{t('import.lineLabel', { line: row.line })}</span>
      {row.label && <strong> — {row.label}</strong>}{' '}
      <span className={`badge import-${row.status}`}>{t(`import.status.${row.status}`)}</span>
      {row.issues.length > 0 && (
        <ul>
          {row.issues.map((issue, i) => (
            <li key={i} className="field-error">
              {issueText(row.line, issue)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What each chosen file would do, row by row, before anything is written. */
export function ImportPreview({ plans }: { plans: readonly FilePlan[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">{t('import.preview')}</h2>
      {plans.map((plan) => {
        const shown = shownRows(plan.rows);
        return (
          <section key={plan.kind} className="card" aria-label={t(`import.kinds.${plan.kind}`)}>
            <h3>{t(`import.kinds.${plan.kind}`)}</h3>
            {plan.fileIssue ? (
              <p className="field-error" role="alert">
                {t(plan.fileIssue.message, 'params' in plan.fileIssue ? plan.fileIssue.params : {})}
              </p>
            ) : (
              <>
                <p>{t('import.summary', countByStatus([plan]))}</p>
                <ul className="list">
                  {shown.map((row) => (
                    <RowItem key={row.line} row={row} />
                  ))}
                </ul>
                {shown.length < plan.rows.length && (
                  <p className="hint">{t('import.moreRows', { count: plan.rows.length - shown.length })}</p>
                )}
              </>
            )}
          </section>
        );
      })}
    </section>
  );
}
