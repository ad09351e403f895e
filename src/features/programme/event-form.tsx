import { useTranslation } from 'react-i18next';
import type { Area } from '../../domain/people/entities';
import { EVENT_KINDS, type EventKind } from '../../domain/people/vocabulary';
import { AreaField } from '../../ui/area-field';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import type { EventFormValues } from './event-values';
import { OptionField } from './option-field';
import type { EntityForm } from '../../ui/use-entity-form';

interface EventFormProps {
  form: EntityForm<EventFormValues>;
  areas: readonly Area[];
  submitLabel: string;
  onCancel: () => void;
}

export function EventForm({ form, areas, submitLabel, onCancel }: EventFormProps) {
  const { t } = useTranslation();
  const { values, set, errors } = form;
  const error = (field: string) => errors?.fields[field];
  return (
    <SaveForm form={form} submitLabel={submitLabel} onCancel={onCancel}>
      <Field label={t('programme.event.fields.name')} error={error('name')}>
        {(control) => (
          <input {...control} type="text" autoComplete="off" value={values.name} onChange={(e) => set('name', e.target.value)} />
        )}
      </Field>
      <OptionField
        label={t('programme.event.fields.kind')}
        error={error('kind')}
        options={EVENT_KINDS}
        labelOf={(kind) => t(`domain.eventKind.${kind}`)}
        value={values.kind}
        onChange={(kind) => set('kind', kind as EventKind)}
      />
      <Field label={t('programme.event.fields.date')} error={error('date')}>
        {(control) => <input {...control} type="date" value={values.date} onChange={(e) => set('date', e.target.value)} />}
      </Field>
      <Field label={t('programme.event.fields.place')} error={error('place')}>
        {(control) => (
          <input {...control} type="text" autoComplete="off" value={values.place} onChange={(e) => set('place', e.target.value)} />
        )}
      </Field>
      <AreaField
        label={t('programme.event.fields.quarter')}
        error={error('quarterId')}
        areas={areas}
        noneLabel={t('programme.noQuarter')}
        value={values.quarterId}
        onChange={(areaId) => set('quarterId', areaId)}
      />
    </SaveForm>
  );
}
