/** The frame of a programme row's screen: loading, "not found" with a way back, or the screen's content. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

interface ScreenFrameProps {
  /** undefined while reading, false when the row is missing. */
  found: boolean | undefined;
  title: string;
  backHref: string;
  backLabel: string;
  children: ReactNode;
}

/** For ScreenFrame, from a row read with useRow: a new row (no id) is always "found"; an existing one once read. */
export function foundOf(id: string | null, row: unknown): boolean | undefined {
  if (id === null) return true;
  return row === undefined ? undefined : row !== null;
}

export function ScreenFrame({ found, title, backHref, backLabel, children }: ScreenFrameProps) {
  const { t } = useTranslation();
  if (found === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  const back = <Link href={backHref}>{backLabel}</Link>;
  if (!found) {
    return (
      <>
        <h1>{title}</h1>
        <p role="alert">{t('programme.notFound')}</p>
        {back}
      </>
    );
  }
  return (
    <>
      {back}
      {children}
    </>
  );
}
