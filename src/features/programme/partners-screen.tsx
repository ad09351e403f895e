import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePartners } from '../../db/hooks/use-lists';

export function PartnersScreen() {
  const { t } = useTranslation();
  const partners = usePartners();
  return (
    <>
      <Link href="/programme">{t('programme.backToHub')}</Link>
      <h1>{t('programme.partner.title')}</h1>
      <div className="actions">
        <Link href="/partners/new" className="button primary">
          {t('programme.partner.new')}
        </Link>
      </div>
      {partners === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : partners.length === 0 ? (
        <p className="hint">{t('programme.partner.empty')}</p>
      ) : (
        <ul className="list" aria-label={t('programme.partner.title')}>
          {partners.map((partner) => (
            <li key={partner.id}>
              <Link href={`/partners/${partner.id}`}>
                <strong>{partner.name}</strong>
                <br />
                <span className="hint">
                  {[t(`programme.partnerKind.${partner.kind}`), partner.contactName].filter(Boolean).join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
