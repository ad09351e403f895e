import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../../i18n/i18n';
import { usePreferences } from '../../ui/preferences-store';

// Each language is named in itself, so whoever reads only one of them can find it.
const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const setLanguage = usePreferences((state) => state.setLanguage);
  const choose = async (language: Language) => {
    setLanguage(language);
    await changeLanguage(language);
  };
  return (
    <section aria-labelledby="settings-language">
      <h2 id="settings-language">{t('settings.language.title')}</h2>
      <div className="chips" role="group" aria-label={t('settings.language.label')}>
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            className="chip"
            lang={language}
            aria-pressed={i18n.language === language}
            onClick={() => void choose(language)}
          >
            {NAMES[language]}
          </button>
        ))}
      </div>
    </section>
  );
}
