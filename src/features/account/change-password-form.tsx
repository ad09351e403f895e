/**
 * Choosing one's own password, asked at once (open) after signing in with one a coordinator gave (the server
 * refuses sync until then), and offered otherwise on the account page (folded).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordRequest } from '../../domain/access/managed-account';
import { changeOwnPassword } from '../../sync/app-account';
import { SyncFailure } from '../../sync/sync-failure';
import { Field } from '../../ui/field';
import { ActionAlert } from '../../ui/form-alert';
import { useSyncStore } from './sync-store';

type Fields = 'currentPassword' | 'newPassword' | 'confirm';

export function ChangePasswordForm({ required }: { required: boolean }) {
  const { t } = useTranslation();
  const transport = useSyncStore((store) => store.runtime?.transport ?? null);
  const syncNow = useSyncStore((store) => store.syncNow);
  const [values, setValues] = useState<Record<Fields, string>>({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (field: Fields) => (value: string) => setValues((old) => ({ ...old, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = changePasswordRequest.safeParse({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    const found: Partial<Record<Fields, string>> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) found[issue.path[0] as Fields] ??= issue.message;
    if (values.confirm !== values.newPassword) found.confirm = 'validation.passwordsDiffer';
    setErrors(found);
    if (!parsed.success || found.confirm) return;
    if (!transport) return setError('sync.login.offline');
    setBusy(true);
    try {
      await changeOwnPassword(transport, parsed.data);
      setError(null);
      setDone(true);
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
      void syncNow();
    } catch (failure) {
      const key = failure instanceof SyncFailure ? failure.key : 'sync.errors.unexpected';
      setError(key === 'sync.errors.badRequest' ? 'accounts.password.wrongCurrent' : key);
    } finally {
      setBusy(false);
    }
  };

  if (done) return <p className="notice">{t('accounts.password.changed')}</p>;
  const form = (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.password.title')} className="card">
      <h2>{t('accounts.password.title')}</h2>
      {required && <p className="notice warning">{t('accounts.password.required')}</p>}
      <ActionAlert error={error} />
      <Field
        label={t('accounts.password.current')}
        hint={required ? t('accounts.password.currentHint') : undefined}
        error={errors.currentPassword}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={(e) => set('currentPassword')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('accounts.password.new')} hint={t('accounts.password.newHint')} error={errors.newPassword}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={values.newPassword}
            onChange={(e) => set('newPassword')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('accounts.password.confirm')} error={errors.confirm}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={values.confirm}
            onChange={(e) => set('confirm')(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('accounts.password.submit')}
        </button>
      </div>
    </form>
  );
  // Once the one-time password is replaced, the same form stays mounted (folded), so its "changed" notice shows.
  return required ? (
    form
  ) : (
    <details>
      <summary>{t('accounts.password.title')}</summary>
      {form}
    </details>
  );
}
