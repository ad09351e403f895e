/** Login and password; warns when someone else than the last person signed in on this phone signs in. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Field } from '../../ui/field';
import { ActionAlert } from '../../ui/form-alert';
import { useLastUser } from './last-user-store';
import { useAccount } from './use-account';

export function LoginForm({ pending }: { pending: number }) {
  const { t } = useTranslation();
  const { signIn } = useAccount();
  const [, navigate] = useLocation();
  const lastUser = useLastUser((store) => store.lastUser);
  const [loginName, setLoginName] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ login?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const otherUser = lastUser !== null && loginName.trim() !== '' && loginName.trim().toLowerCase() !== lastUser.login.toLowerCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = {
      login: loginName.trim() === '' ? 'validation.required' : undefined,
      password: password === '' ? 'validation.required' : undefined,
    };
    setMissing(required);
    if (required.login || required.password) return;
    setBusy(true);
    const result = await signIn(loginName.trim(), password);
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (!result.ok) return;
    setPassword('');
    // A producer's phone is for their distributions: the stand's forms are not theirs.
    if (result.role === 'producer') navigate('/producer');
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('sync.login.title')}>
      <p className="hint">{t('sync.login.intro')}</p>
      <ActionAlert error={error} />
      <Field label={t('sync.login.login')} error={missing.login}>
        {(control) => (
          <input
            {...control}
            autoComplete="username"
            autoCapitalize="none"
            value={loginName}
            onChange={(e) => setLoginName(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('sync.login.password')} error={missing.password}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      {otherUser && (
        <p className="notice warning" role="note">
          {t('sync.login.otherUser', { name: lastUser.name, count: pending })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('sync.login.submit')}
        </button>
      </div>
    </form>
  );
}
