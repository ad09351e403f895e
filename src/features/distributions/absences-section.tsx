import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../db/mutators';
import { Field } from '../../ui/field';
import { ActionAlert, FormAlert } from '../../ui/form-alert';
import { ListRow } from '../../ui/list-row';
import { useActionError } from '../../ui/use-action-error';
import { MemberSelect } from './member-select';
import { useAbsenceForm, type AbsenceMode } from './use-absence-form';
import type { DistributionDayView } from './use-distribution-day';

const MODES: readonly AbsenceMode[] = ['away', 'proxy'];

/** Absences and proxies declared ahead, with (for who may organise the day) a form to declare one and a button to cancel each. */
export function AbsencesSection({ view, mayOrganise }: { view: DistributionDayView; mayOrganise: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const distributionId = view.distribution.id;
  const form = useAbsenceForm(distributionId);
  const { error, run } = useActionError();
  const fieldError = (field: string) => form.errors?.fields[field];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('distributions.absences.title')}</h2>
      <ActionAlert error={error} />
      {view.absences.length === 0 ? (
        <p className="hint">{t('distributions.absences.none')}</p>
      ) : (
        <ul className="list" aria-label={t('distributions.absences.list')}>
          {view.absences.map((absence) => (
            <ListRow key={absence.id}>
              <span>
                <strong>{view.nameOf(absence.memberId)}</strong>
                {' — '}
                {absence.proxyName ? t('checkoff.proxy', { name: absence.proxyName }) : t('distributions.absences.away')}
                {absence.note && <span className="hint">{` (${absence.note})`}</span>}
              </span>
              {mayOrganise && (
                <button type="button" onClick={() => void run(mutate('absence.cancel', { distributionId, memberId: absence.memberId }))}>
                  {t('distributions.absences.cancel')} <span className="visually-hidden">{view.nameOf(absence.memberId)}</span>
                </button>
              )}
            </ListRow>
          ))}
        </ul>
      )}
      {mayOrganise && (
        <form onSubmit={onSubmit} noValidate className="card" aria-label={t('distributions.absences.declareTitle')}>
          <FormAlert errors={form.errors} />
          <MemberSelect
            label={t('distributions.absences.member')}
            members={view.people}
            value={form.values.memberId}
            onChange={(memberId) => form.set('memberId', memberId)}
            error={fieldError('memberId')}
          />
          <fieldset>
            <legend>{t('distributions.absences.mode')}</legend>
            {MODES.map((mode) => (
              <label key={mode} className="checkbox">
                <input type="radio" name={`${titleId}-mode`} checked={form.values.mode === mode} onChange={() => form.set('mode', mode)} />
                {t(`distributions.absences.modes.${mode}`)}
              </label>
            ))}
          </fieldset>
          {form.values.mode === 'proxy' && (
            <Field label={t('distributions.absences.proxyName')} error={fieldError('proxyName')}>
              {(control) => (
                <input {...control} type="text" value={form.values.proxyName} onChange={(e) => form.set('proxyName', e.target.value)} />
              )}
            </Field>
          )}
          <Field label={t('distributions.absences.note')} error={fieldError('note')}>
            {(control) => <input {...control} type="text" value={form.values.note} onChange={(e) => form.set('note', e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="primary" disabled={form.busy}>
              {t('distributions.absences.declare')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
