import { useTranslation } from 'react-i18next';
import type { DemoCounts } from '../../db/demo';
import { useDemoCounts } from '../../db/hooks/use-demo';
import { RemoveDemoButton } from './remove-demo-button';
import { useDemoData } from './use-demo-data';

export function DemoSection() {
  const { t } = useTranslation();
  const { state, busy, failed, load, remove, mayLoad, mayRemove } = useDemoData();
  const counts = useDemoCounts();
  const tables = counts ? (Object.entries(counts) as [keyof DemoCounts, number][]).filter(([, count]) => count > 0) : [];

  return (
    <section aria-labelledby="settings-demo">
      <h2 id="settings-demo">{t('demo.title')}</h2>
      <p className="hint">{t('demo.hint')}</p>
      {tables.length === 0 ? (
        <p>{t('demo.none')}</p>
      ) : (
        <ul aria-label={t('demo.title')}>
          {tables.map(([table, count]) => (
            <li key={table}>
              <span className="badge demo">{t('demo.badge')}</span> {t(`demo.counts.${table}`, { count })}
            </li>
          ))}
        </ul>
      )}
      {!state?.hasDemo && !mayLoad && <p className="hint">{t('demo.coordinatorsOnly')}</p>}
      {failed && <p role="alert">{t('demo.failed')}</p>}
      <div className="actions">
        {state?.hasDemo
          ? mayRemove && <RemoveDemoButton onConfirm={remove} />
          : mayLoad && (
              <button type="button" disabled={busy || !state} onClick={() => void load()}>
                {t('demo.load')}
              </button>
            )}
      </div>
    </section>
  );
}
