/** Puts a row's issue in words: "Ligne 12, colonne email : Cette adresse e-mail est mal formée…". */
import { useTranslation } from 'react-i18next';
import type { RowIssue } from '../../domain/import/cells';

export function useIssueText() {
  const { t } = useTranslation();
  return (line: number, issue: RowIssue | { column: string | null; message: string; params?: RowIssue['params'] }) => {
    const message = t(issue.message, issue.params ?? {});
    return issue.column === null || issue.column === ''
      ? t('import.rowIssueNoColumn', { line, message })
      : t('import.rowIssue', { line, column: issue.column, message });
  };
}
