import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renameDevice } from '../../db/app-device';
import { useDeviceName } from '../../db/hooks/use-device';
import { Field } from '../../ui/field';

export function DeviceNameSection() {
  const { t } = useTranslation();
  const current = useDeviceName();
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const value = draft ?? current ?? '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await renameDevice(value);
    setDraft(null);
    setSaved(true);
  };

  return (
    <section aria-labelledby="settings-device">
      <h2 id="settings-device">{t('settings.device.title')}</h2>
      <p data-testid="device-name">{current ? t('settings.device.current', { name: current }) : t('settings.device.unnamed')}</p>
      <form onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('settings.device.label')} hint={t('settings.device.hint')}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={80}
              value={value}
              onChange={(e) => {
                setDraft(e.target.value);
                setSaved(false);
              }}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            {t('common.actions.save')}
          </button>
          <span role="status">{saved ? t('settings.device.saved') : ''}</span>
        </div>
      </form>
    </section>
  );
}
