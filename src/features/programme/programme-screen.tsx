import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

// The overview and the import are features of their own; the hub only links to them.
const SECTIONS = [
  { href: '/overview', key: 'overviewLink' },
  { href: '/events', key: 'event' },
  { href: '/partners', key: 'partner' },
  { href: '/outlets', key: 'outlet' },
  { href: '/initiatives', key: 'initiative' },
  { href: '/import', key: 'importLink' },
] as const;

/** The programme's entry: its meetings, partners, outlets and sourcing initiatives. */
export function ProgrammeScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('programme.title')}</h1>
      <ul className="list" aria-label={t('programme.title')}>
        {SECTIONS.map(({ href, key }) => (
          <li key={href}>
            <Link href={href}>
              <strong>{t(`programme.${key}.title`)}</strong>
              <br />
              <span className="hint">{t(`programme.${key}.summary`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
