import { useTranslation } from 'react-i18next';
import type { Area, Member } from '../../domain/people/entities';
import { PRODUCT_KINDS } from '../../domain/people/product-kinds';
import { AreaField } from '../../ui/area-field';
import { ChipSelect } from '../../ui/chip-select';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import { useMemberEdit } from './use-member-edit';

interface MemberEditFormProps {
  member: Member;
  areas: readonly Area[];
  onSaved: () => void;
  onCancel: () => void;
}

export function MemberEditForm({ member, areas, onSaved, onCancel }: MemberEditFormProps) {
  const { t } = useTranslation();
  const form = useMemberEdit(member, onSaved);
  const { values, set, errors } = form;
  const error = (field: string) => errors?.fields[field];
  const text = (field: 'firstName' | 'lastName' | 'phone' | 'email', type: string, autoComplete: string) => (
    <Field label={t(`members.fields.${field}`)} error={error(field)}>
      {(control) => (
        <input {...control} type={type} autoComplete={autoComplete} value={values[field]} onChange={(e) => set(field, e.target.value)} />
      )}
    </Field>
  );

  return (
    <SaveForm form={form} title={t('members.editTitle')} onCancel={onCancel}>
      {text('firstName', 'text', 'given-name')}
      {text('lastName', 'text', 'family-name')}
      {text('phone', 'tel', 'tel')}
      {text('email', 'email', 'email')}
      <label className="checkbox">
        <input type="checkbox" checked={values.noContact} onChange={(e) => set('noContact', e.target.checked)} />
        {t('members.fields.noContact')}
      </label>
      <AreaField
        label={t('members.fields.quarter')}
        error={error('quarterId')}
        areas={areas}
        noneLabel={t('members.noQuarter')}
        value={values.quarterId}
        onChange={(areaId) => set('quarterId', areaId)}
      />
      <Field label={t('members.fields.householdSize')} error={error('householdSize')}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
            value={values.householdSize}
            onChange={(e) => set('householdSize', e.target.value)}
          />
        )}
      </Field>
      <ChipSelect
        legend={t('members.fields.interests')}
        options={PRODUCT_KINDS}
        labelOf={(kind) => t(`domain.productKind.${kind}`)}
        selected={values.interests}
        onChange={(interests) => set('interests', interests)}
        error={error('interests')}
      />
      <Field label={t('members.fields.notes')} error={error('notes')}>
        {(control) => <textarea {...control} rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
    </SaveForm>
  );
}
