import { useTranslation } from 'react-i18next';
import type { Area } from '../../domain/people/entities';
import { GROUP_KINDS, RHYTHMS, type GroupKind, type Rhythm } from '../../domain/people/vocabulary';
import { AreaField } from '../../ui/area-field';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import type { GroupForm as GroupFormState } from './use-group-form';

interface GroupFormProps {
  title: string;
  form: GroupFormState;
  areas: readonly Area[];
  submitLabel: string;
  onCancel: () => void;
}

/** The fields of a group, for creating one and for editing one. */
export function GroupForm({ title, form, areas, submitLabel, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const { values, set, errors } = form;
  const error = (field: string) => errors?.fields[field];
  const text = (field: 'name' | 'place' | 'rhythmNote') => (
    <Field label={t(`groups.fields.${field}`)} error={error(field)}>
      {(control) => <input {...control} type="text" value={values[field]} onChange={(e) => set(field, e.target.value)} />}
    </Field>
  );

  return (
    <SaveForm form={form} title={title} submitLabel={submitLabel} onCancel={onCancel}>
      {text('name')}
      <Field label={t('groups.fields.kind')} error={error('kind')}>
        {(control) => (
          <select {...control} value={values.kind} onChange={(e) => set('kind', e.target.value as GroupKind)}>
            {GROUP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`domain.groupKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <AreaField
        label={t('groups.fields.quarter')}
        error={error('quarterId')}
        areas={areas}
        noneLabel={t('groups.noQuarter')}
        value={values.quarterId}
        onChange={(areaId) => set('quarterId', areaId)}
      />
      {text('place')}
      <Field label={t('groups.fields.rhythm')} error={error('rhythm')}>
        {(control) => (
          <select {...control} value={values.rhythm} onChange={(e) => set('rhythm', e.target.value as Rhythm)}>
            {RHYTHMS.map((rhythm) => (
              <option key={rhythm} value={rhythm}>
                {t(`domain.rhythm.${rhythm}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('rhythmNote')}
    </SaveForm>
  );
}
