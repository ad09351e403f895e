import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NO_ROWS, useInitiatives, useOutlets } from '../../db/hooks/use-lists';

export function InitiativesScreen() {
  const { t } = useTranslation();
  const initiatives = useInitiatives();
  const outlets = useOutlets() ?? NO_ROWS;
  const outletCount = (initiativeId: string) => outlets.filter((outlet) => outlet.initiativeId === initiativeId).length;
  return (
    <>
      <Link href="/programme">{t('programme.backToHub')}</Link>
      <h1>{t('programme.initiative.title')}</h1>
      <p className="hint">{t('programme.initiative.intro')}</p>
      <div className="actions">
        <Link href="/initiatives/new" className="button primary">
          {t('programme.initiative.new')}
        </Link>
      </div>
      {initiatives === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : initiatives.length === 0 ? (
        <p className="hint">{t('programme.initiative.empty')}</p>
      ) : (
        <ul className="list" aria-label={t('programme.initiative.title')}>
          {initiatives.map((initiative) => (
            <li key={initiative.id}>
              <Link href={`/initiatives/${initiative.id}`}>
                <strong>{initiative.name}</strong>
                <br />
                <span className="hint">
                  {[
                    ...initiative.productKinds.map((kind) => t(`domain.productKind.${kind}`)),
                    t('programme.initiative.outletCount', { count: outletCount(initiative.id) }),
                  ].join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
