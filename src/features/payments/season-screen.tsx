/** A group's season of distributions in one step: choose the span and the hours, look at the days, confirm. */
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { useMay } from '../../db/hooks/use-may';
import { formatDay } from '../../domain/format/day-format';
import { Field } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { GroupSelectField } from '../../ui/group-select-field';
import { ConfirmCreation } from './confirm-creation';
import { useSeason, type SeasonValues } from './use-season';
import './payments.css';

type Input = Exclude<keyof SeasonValues, 'groupId'>;
const TYPES: Record<Input, string> = { first: 'date', end: 'date', startTime: 'time', endTime: 'time', place: 'text' };

export function SeasonScreen() {
  const { t, i18n } = useTranslation();
  const initialGroup = new URLSearchParams(useSearch()).get('group') ?? '';
  const season = useSeason(initialGroup);
  const { values, set, days, toggle, errors, busy } = season;
  const mayCreate = useMay('distribution.create', { groupId: values.groupId || undefined });
  const input = (field: Input) => (
    <Field label={t(`payments.season.${field}`)} error={errors?.fields[field]}>
      {(control) => <input {...control} type={TYPES[field]} value={values[field]} onChange={(e) => set({ [field]: e.target.value })} />}
    </Field>
  );
  const count = days.filter((d) => d.state === 'new').length;
  return (
    <>
      <Link href="/distributions">{t('distributions.backToList')}</Link>
      <h1>{t('payments.season.title')}</h1>
      <FormAlert errors={errors} />
      <GroupSelectField
        label={t('distributions.fields.groupId')}
        groups={season.groups ?? []}
        noneLabel={t('distributions.chooseGroup')}
        value={values.groupId}
        onChange={(groupId) => set({ groupId })}
      />
      <div className="two-columns">
        {input('first')}
        {input('end')}
        {input('startTime')}
        {input('endTime')}
      </div>
      {input('place')}
      {days.length > 0 && (
        <ul className="list" aria-label={t('payments.season.preview')}>
          {days.map((day) => (
            <li key={day.date}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={day.state !== 'skipped'}
                  disabled={day.state === 'exists'}
                  onChange={() => toggle(day.date)}
                />
                {formatDay(day.date, i18n.language, { withYear: true })}
                {day.state === 'exists' && ` — ${t('payments.season.exists')}`}
                {day.fromContracts && !day.fromRhythm && ` — ${t('payments.season.fromContracts')}`}
              </label>
            </li>
          ))}
        </ul>
      )}
      <ConfirmCreation
        made={season.created === null ? null : t('payments.season.created', { count: season.created })}
        disabled={busy || count === 0 || mayCreate !== true}
        onConfirm={() => void season.confirm()}
        label={t('payments.season.confirm', { count })}
      />
    </>
  );
}
