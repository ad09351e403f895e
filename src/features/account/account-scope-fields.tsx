/** What an account answers for: an animator's groups (checkboxes) or a producer's record (a list), as the phone holds them. */
import { useTranslation } from 'react-i18next';
import { NO_ROWS, useGroups, useProducers } from '../../db/hooks/use-lists';
import { Field } from '../../ui/field';

export function GroupsField({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const read = useGroups();
  const groups = read ?? NO_ROWS;
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((other) => other !== id));
  return (
    <fieldset className="field">
      <legend>{t('accounts.fields.groups')}</legend>
      {read?.length === 0 && <p className="hint">{t('accounts.fields.noGroups')}</p>}
      {groups.map((group) => (
        <label key={group.id} className="checkbox">
          <input type="checkbox" checked={value.includes(group.id)} onChange={(e) => toggle(group.id, e.target.checked)} /> {group.name}
        </label>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}

export function ProducerField({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation();
  const producers = useProducers() ?? NO_ROWS;
  return (
    <Field label={t('accounts.fields.producer')} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('accounts.fields.chooseProducer')}</option>
          {producers.map((producer) => (
            <option key={producer.id} value={producer.id}>
              {producer.farm ? `${producer.name} — ${producer.farm}` : producer.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Names of groups and producers by id, for the list and the audit log; an id the phone does not hold shows as is. */
export function useScopeNames() {
  const groups = useGroups() ?? NO_ROWS;
  const producers = useProducers() ?? NO_ROWS;
  const groupName = (id: string) => groups.find((group) => group.id === id)?.name ?? id;
  const producerName = (id: string | null) => (id === null ? '' : (producers.find((producer) => producer.id === id)?.name ?? id));
  return { groupName, producerName };
}
