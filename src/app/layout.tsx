import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { useTranslation } from 'react-i18next';
import { StatusBar } from './status-bar';
import { PwaNotices } from '../pwa/pwa-notices';
import { DemoOffer } from '../features/settings/demo-offer';
import { StorageNotice } from '../pwa/storage-notice';
import { usePersistWhenData } from './use-persist-when-data';

const NAV = ['stand', 'members', 'producers', 'groups', 'distributions', 'settings'] as const;
// A feature's own section names its entry in its own catalog; the first sections are in common.nav.
const LABEL_KEY: Partial<Record<(typeof NAV)[number], string>> = { distributions: 'distributions.nav' };

function NavLink({ section }: { section: (typeof NAV)[number] }) {
  const { t } = useTranslation();
  const [active] = useRoute(`/${section}/*?`);
  return (
    <Link href={`/${section}`} className={active ? 'nav-link active' : 'nav-link'} aria-current={active ? 'page' : undefined}>
      {t(LABEL_KEY[section] ?? `common.nav.${section}`)}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const persistAnswer = usePersistWhenData();
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">{t('common.appName')}</span>
        <StatusBar />
      </header>
      <PwaNotices />
      <StorageNotice answer={persistAnswer} />
      <DemoOffer />
      <main className="app-main">{children}</main>
      <nav className="app-nav" aria-label={t('common.nav.label')}>
        {NAV.map((section) => (
          <NavLink key={section} section={section} />
        ))}
      </nav>
    </div>
  );
}
