import { useTranslation } from 'react-i18next';
import type { PartnerFields } from '../../domain/programme/programme-entities';
import { PARTNER_KINDS, type PartnerKind } from '../../domain/people/vocabulary';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import { OptionField } from './option-field';
import type { EntityForm } from '../../ui/use-entity-form';

type TextField = 'name' | 'contactName' | 'phone' | 'email';
const INPUTS: Record<TextField, { type: string; autoComplete: string }> = {
  name: { type: 'text', autoComplete: 'organization' },
  contactName: { type: 'text', autoComplete: 'name' },
  phone: { type: 'tel', autoComplete: 'tel' },
  email: { type: 'email', autoComplete: 'email' },
};

export function PartnerForm({ form, onCancel }: { form: EntityForm<PartnerFields>; onCancel: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors } = form;
  const text = (field: TextField) => (
    <Field label={t(`programme.partner.fields.${field}`)} error={errors?.fields[field]}>
      {(control) => <input {...control} {...INPUTS[field]} value={values[field]} onChange={(e) => set(field, e.target.value)} />}
    </Field>
  );
  return (
    <SaveForm form={form} onCancel={onCancel}>
      {text('name')}
      <OptionField
        label={t('programme.partner.fields.kind')}
        error={errors?.fields.kind}
        options={PARTNER_KINDS}
        labelOf={(kind) => t(`programme.partnerKind.${kind}`)}
        value={values.kind}
        onChange={(kind) => set('kind', kind as PartnerKind)}
      />
      {text('contactName')}
      {text('phone')}
      {text('email')}
      <Field label={t('programme.partner.fields.notes')} error={errors?.fields.notes}>
        {(control) => <textarea {...control} rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
    </SaveForm>
  );
}
