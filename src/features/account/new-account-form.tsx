/** Creating an account: its kind, login and name, and its groups (animator) or producer record (producer). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../domain/access/account';
import { newAccountRequest, type NewAccountRequest } from '../../domain/access/managed-account';
import { Field } from '../../ui/field';
import { ActionAlert } from '../../ui/form-alert';
import { GroupsField, ProducerField } from './account-scope-fields';
import type { OneTimeResult } from './use-accounts-admin';

const ROLE_CHOICES: Role[] = ['animator', 'producer', 'coordinator'];

function requestOf(role: Role, login: string, name: string, groupIds: string[], producerId: string): unknown {
  if (role === 'animator') return { role, login, name, groupIds };
  if (role === 'producer') return { role, login, name, producerId };
  return { role, login, name };
}

export function NewAccountForm({
  onCreate,
  onCancel,
}: {
  onCreate: (request: NewAccountRequest) => Promise<OneTimeResult>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('animator');
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [producerId, setProducerId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = newAccountRequest.safeParse(requestOf(role, login, name, groupIds, producerId));
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        // An empty producer id reads as "required" rather than zod's "too short".
        fields[field] ??= field === 'producerId' ? 'validation.required' : issue.message;
      }
      setErrors(fields);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await onCreate(parsed.data);
    setBusy(false);
    setError(result.ok ? null : result.error);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.create.title')} className="card">
      <h2>{t('accounts.create.title')}</h2>
      <p className="hint">{t('accounts.create.intro')}</p>
      <ActionAlert error={error} />
      <Field label={t('accounts.fields.role')}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLE_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`accounts.roles.${choice}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('accounts.fields.login')} hint={t('accounts.fields.loginHint')} error={errors.login}>
        {(control) => (
          <input {...control} autoCapitalize="none" autoComplete="off" value={login} onChange={(e) => setLogin(e.target.value)} />
        )}
      </Field>
      <Field label={t('accounts.fields.name')} error={errors.name}>
        {(control) => <input {...control} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      {role === 'animator' && <GroupsField value={groupIds} onChange={setGroupIds} error={errors.groupIds} />}
      {role === 'producer' && <ProducerField value={producerId} onChange={setProducerId} error={errors.producerId} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('accounts.create.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('accounts.cancel')}
        </button>
      </div>
    </form>
  );
}
