import { useRef, type ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { useTranslation } from 'react-i18next';
import { useRole } from '../db/hooks/use-session';
import { StatusBar } from './status-bar';
import { PwaNotices } from '../pwa/pwa-notices';
import { DemoOffer } from '../features/settings/demo-offer';
import { StorageNotice } from '../pwa/storage-notice';
import { usePersistWhenData } from './use-persist-when-data';
import { useHeaderHeight } from './use-header-height';

type Section = 'stand' | 'members' | 'producers' | 'groups' | 'distributions' | 'programme' | 'producer';

// A producer's phone is for the distribution day; everyone else's for the whole programme. Settings sit in the
// header, so that the bottom bar keeps six thumb-sized entries at most.
const NAV: Record<'producer' | 'other', readonly Section[]> = {
  producer: ['producer', 'producers'],
  other: ['stand', 'members', 'producers', 'groups', 'distributions', 'programme'],
};

function NavLink({ section }: { section: Section }) {
  const { t } = useTranslation();
  const [active] = useRoute(`/${section}/*?`);
  return (
    <Link href={`/${section}`} className={active ? 'nav-link active' : 'nav-link'} aria-current={active ? 'page' : undefined}>
      {t(`common.nav.short.${section}`)}
    </Link>
  );
}

interface LayoutProps {
  /** Whether the first screen is shown (first-screen.ts): the banners that scan tables wait for it. */
  settled: boolean;
  children: ReactNode;
}

export function Layout({ settled, children }: LayoutProps) {
  const { t } = useTranslation();
  const persistAnswer = usePersistWhenData(settled);
  const role = useRole();
  const header = useRef<HTMLElement>(null);
  useHeaderHeight(header);
  return (
    <div className="app">
      <header className="app-header" ref={header}>
        <Link href="/" className="app-name">
          {t('common.appName')}
        </Link>
        <StatusBar />
        <Link href="/settings" className="header-link">
          {t('common.nav.settings')}
        </Link>
      </header>
      <PwaNotices />
      <StorageNotice answer={persistAnswer} />
      {settled && <DemoOffer />}
      <main className="app-main">{children}</main>
      <nav className="app-nav" aria-label={t('common.nav.label')}>
        {NAV[role === 'producer' ? 'producer' : 'other'].map((section) => (
          <NavLink key={section} section={section} />
        ))}
      </nav>
    </div>
  );
}
