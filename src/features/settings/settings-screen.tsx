import { useTranslation } from 'react-i18next';
import { DemoSection } from './demo-section';
import { DeviceNameSection } from './device-name-section';
import { ExportSection } from './export-section';
import { LanguageSection } from './language-section';
import { StorageSection } from './storage-section';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <LanguageSection />
      <DeviceNameSection />
      <StorageSection />
      <ExportSection />
      <DemoSection />
      <section aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about.title')}</h2>
        <dl>
          <dt>{t('settings.about.version')}</dt>
          <dd data-testid="app-version">{__APP_VERSION__}</dd>
          <dt>{t('settings.about.build')}</dt>
          <dd>{__BUILD_ID__}</dd>
        </dl>
      </section>
    </>
  );
}
