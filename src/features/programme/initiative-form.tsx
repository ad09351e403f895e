import { useTranslation } from 'react-i18next';
import type { InitiativeFields } from '../../domain/programme/programme-entities';
import { PRODUCT_KINDS } from '../../domain/people/product-kinds';
import { ChipSelect } from '../../ui/chip-select';
import { Field } from '../../ui/field';
import { SaveForm } from '../../ui/save-form';
import type { EntityForm } from '../../ui/use-entity-form';

export function InitiativeForm({ form, onCancel }: { form: EntityForm<InitiativeFields>; onCancel: () => void }) {
  const { t } = useTranslation();
  const { values, set, errors } = form;
  return (
    <SaveForm form={form} onCancel={onCancel}>
      <Field label={t('programme.initiative.fields.name')} error={errors?.fields.name}>
        {(control) => <input {...control} type="text" value={values.name} onChange={(e) => set('name', e.target.value)} />}
      </Field>
      <ChipSelect
        legend={t('programme.initiative.fields.productKinds')}
        options={PRODUCT_KINDS}
        labelOf={(kind) => t(`domain.productKind.${kind}`)}
        selected={values.productKinds}
        onChange={(kinds) => set('productKinds', kinds)}
        error={errors?.fields.productKinds}
      />
      <Field label={t('programme.initiative.fields.description')} error={errors?.fields.description}>
        {(control) => <textarea {...control} rows={4} value={values.description} onChange={(e) => set('description', e.target.value)} />}
      </Field>
    </SaveForm>
  );
}
