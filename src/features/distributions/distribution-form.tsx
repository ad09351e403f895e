import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../domain/entities';
import { Field } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import type { DistributionFormValues } from './distribution-form-values';
import type { DistributionForm as DistributionFormState } from './use-distribution-form';

interface DistributionFormProps {
  title: string;
  form: DistributionFormState;
  groups: readonly Group[];
  submitLabel: string;
  onCancel: () => void;
}

type TextField = Exclude<keyof DistributionFormValues, 'groupId' | 'notes'>;
const INPUT_TYPE: Record<TextField, string> = { date: 'date', startTime: 'time', endTime: 'time', place: 'text', volunteersNeeded: 'number' };

/** The fields of a distribution, for creating one and for editing one. */
export function DistributionForm({ title, form, groups, submitLabel, onCancel }: DistributionFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { values, set, setGroup, errors, busy } = form;
  const error = (field: string) => errors?.fields[field];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };
  const input = (field: TextField) => (
    <Field label={t(`distributions.fields.${field}`)} error={error(field)}>
      {(control) => (
        <input
          {...control}
          type={INPUT_TYPE[field]}
          inputMode={field === 'volunteersNeeded' ? 'numeric' : undefined}
          min={field === 'volunteersNeeded' ? 0 : undefined}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <FormAlert errors={errors} />
      <Field label={t('distributions.fields.groupId')} error={error('groupId')}>
        {(control) => (
          <select {...control} value={values.groupId} onChange={(e) => setGroup(e.target.value)}>
            <option value="">{t('distributions.chooseGroup')}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {input('date')}
      <div className="distribution-hours">
        {input('startTime')}
        {input('endTime')}
      </div>
      {input('place')}
      {input('volunteersNeeded')}
      <Field label={t('distributions.fields.notes')} error={error('notes')}>
        {(control) => <textarea {...control} rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
