import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';
import type { Period } from '../../domain/overview/overview-period';
import type { PeriodPreset } from './use-period';

interface PeriodPickerProps {
  preset: PeriodPreset;
  draft: Period;
  valid: boolean;
  onPreset: (preset: PeriodPreset) => void;
  onEdit: (field: keyof Period, value: string) => void;
}

/** This year, last year, or two dates. */
export function PeriodPicker({ preset, draft, valid, onPreset, onEdit }: PeriodPickerProps) {
  const { t } = useTranslation();
  const legendId = useId();
  return (
    <fieldset className="overview-period" aria-labelledby={legendId}>
      <legend id={legendId}>{t('overview.period.legend')}</legend>
      <div className="chips">
        {(['thisYear', 'lastYear', 'custom'] as const).map((choice) => (
          <button key={choice} type="button" className="chip" aria-pressed={preset === choice} onClick={() => onPreset(choice)}>
            {t(`overview.period.${choice}`)}
          </button>
        ))}
      </div>
      <div className="overview-dates">
        <Field label={t('overview.period.from')} error={valid ? undefined : 'overview.period.invalid'}>
          {(control) => <input {...control} type="date" value={draft.from} onChange={(e) => onEdit('from', e.target.value)} />}
        </Field>
        <Field label={t('overview.period.to')}>
          {(control) => <input {...control} type="date" value={draft.to} onChange={(e) => onEdit('to', e.target.value)} />}
        </Field>
      </div>
    </fieldset>
  );
}
