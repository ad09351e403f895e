import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../domain/distribution/distribution-entities';
import { Field } from '../../ui/field';
import { useFormats } from '../../ui/use-formats';

const OTHER = 'other';

interface Props {
  /** The group's upcoming distributions. */
  distributions: readonly Distribution[];
  value: string;
  onChange: (date: string) => void;
  error?: string;
}

/** The date of a one-off order: one of the group's coming distributions when there are some, else any day. */
export function OneOffDateField({ distributions, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { day } = useFormats();
  const atDistribution = distributions.some((d) => d.date === value);
  const [other, setOther] = useState(value !== '' && !atDistribution);
  const showDateInput = distributions.length === 0 || other;

  return (
    <>
      {distributions.length > 0 && (
        <Field label={t('contracts.form.distribution')} error={showDateInput ? undefined : error}>
          {(control) => (
            <select
              {...control}
              value={other ? OTHER : atDistribution ? value : ''}
              onChange={(e) => {
                setOther(e.target.value === OTHER);
                if (e.target.value !== OTHER) onChange(e.target.value);
              }}
            >
              <option value="">{t('contracts.choose')}</option>
              {distributions.map((d) => (
                <option key={d.id} value={d.date}>
                  {t('contracts.form.distributionOption', { day: day(d.date), start: d.startTime, place: d.place || t('common.none') })}
                </option>
              ))}
              <option value={OTHER}>{t('contracts.form.otherDate')}</option>
            </select>
          )}
        </Field>
      )}
      {showDateInput && (
        <Field label={t('contracts.form.oneOffDate')} error={error}>
          {(control) => <input {...control} type="date" value={value} onChange={(e) => onChange(e.target.value)} />}
        </Field>
      )}
    </>
  );
}
