import { useTranslation } from 'react-i18next';
import type { Group } from '../../domain/people/entities';
import { Field } from '../../ui/field';
import { GroupSelectField } from '../../ui/group-select-field';
import { SaveForm } from '../../ui/save-form';
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
const INPUT_TYPE: Record<TextField, string> = {
  date: 'date',
  startTime: 'time',
  endTime: 'time',
  place: 'text',
  volunteersNeeded: 'number',
};

/** The fields of a distribution, for creating one and for editing one. */
export function DistributionForm({ title, form, groups, submitLabel, onCancel }: DistributionFormProps) {
  const { t } = useTranslation();
  const { values, set, setGroup, errors } = form;
  const error = (field: string) => errors?.fields[field];
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
    <SaveForm form={form} title={title} submitLabel={submitLabel} onCancel={onCancel}>
      <GroupSelectField
        label={t('distributions.fields.groupId')}
        error={error('groupId')}
        groups={groups}
        noneLabel={t('distributions.chooseGroup')}
        value={values.groupId}
        onChange={setGroup}
      />
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
    </SaveForm>
  );
}
