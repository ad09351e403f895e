/** i18next set-up: French first and bundled, English loaded on demand; `lang` of the document follows. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr, frLater, LATER_NAMESPACES, type LaterNamespace } from './fr/index';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

export async function setupI18n(language: Language = 'fr'): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: 'fr',
      fallbackLng: 'fr',
      resources: { fr: { translation: fr } },
      // React escapes what it renders; escaping here too would show &amp; in names.
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  await changeLanguage(language);
  return i18next;
}

/** Adds a namespace loaded with its screens (fr/index.ts) to the French catalog; English comes whole. */
const loaded = new Map<LaterNamespace, Promise<void>>();

export function loadNamespace(namespace: LaterNamespace): Promise<void> {
  let loading = loaded.get(namespace);
  if (!loading) {
    loading = frLater(namespace).then((catalog) => void i18next.addResourceBundle('fr', 'translation', catalog, true, true));
    loaded.set(namespace, loading);
  }
  return loading;
}

/** Every namespace at once: for tests, which render any screen without going through its route. */
export async function loadEveryNamespace(): Promise<void> {
  await Promise.all(LATER_NAMESPACES.map(loadNamespace));
}

export async function changeLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en/index');
    i18next.addResourceBundle('en', 'translation', en);
  }
  await i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
