/** Who created, changed, reset or disabled which account, and when: the most recent first. Never a password. */
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../domain/access/managed-account';
import { formatSyncTime } from '../../domain/format/instant-format';
import { useScopeNames } from './account-scope-fields';

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
const fromTo = (value: unknown): { from: unknown; to: unknown } =>
  typeof value === 'object' && value !== null ? (value as { from: unknown; to: unknown }) : { from: null, to: null };

function useDetail() {
  const { t } = useTranslation();
  const { groupName, producerName } = useScopeNames();
  const names = (ids: string[]) => ids.map(groupName).join(', ') || '—';
  const producer = (id: unknown) => (typeof id === 'string' ? producerName(id) : '—');
  return (entry: AuditEntry): string => {
    const { changes } = entry;
    switch (entry.action) {
      case 'create': {
        const role = t(`accounts.roles.${String(changes.role)}`);
        if (changes.role === 'animator') return t('accounts.audit.createAnimator', { role, groups: names(idsOf(changes.groupIds)) });
        if (changes.role === 'producer') return t('accounts.audit.createProducer', { role, producer: producer(changes.producerId) });
        return t('accounts.audit.create', { role });
      }
      case 'groups': {
        const { from, to } = fromTo(changes.groupIds);
        return t('accounts.audit.groups', { from: names(idsOf(from)), to: names(idsOf(to)) });
      }
      case 'producer': {
        const { from, to } = fromTo(changes.producerId);
        return t('accounts.audit.producer', { from: producer(from), to: producer(to) });
      }
      case 'resetPassword':
        return t('accounts.audit.resetPassword');
      case 'disable':
        return t('accounts.audit.disable');
    }
  };
}

export function AuditList({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const detail = useDetail();
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('accounts.audit.title')}</h2>
      {entries.length === 0 ? (
        <p className="hint">{t('accounts.audit.empty')}</p>
      ) : (
        <ul className="list">
          {entries.map((entry) => {
            const at = formatSyncTime(new Date(entry.at).toISOString(), i18n.language);
            return (
              <li key={entry.id}>
                <p>{t('accounts.audit.line', { date: at.date, time: at.time, actor: entry.actorLogin, account: entry.accountLogin })}</p>
                <p className="hint">{detail(entry)}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
