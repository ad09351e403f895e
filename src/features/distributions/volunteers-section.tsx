import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../db/mutators';
import { volunteersStillNeeded } from '../../domain/distribution/distribution-calendar';
import { Field } from '../../ui/field';
import { ActionAlert } from '../../ui/form-alert';
import { ListRow } from '../../ui/list-row';
import { useActionError } from '../../ui/use-action-error';
import { MemberSelect } from './member-select';
import type { DistributionDayView } from './use-distribution-day';

/** Who is on duty, how many are still needed, and (for who may organise the day) taking or releasing a slot. */
export function VolunteersSection({ view, mayOrganise }: { view: DistributionDayView; mayOrganise: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const distributionId = view.distribution.id;
  const [memberId, setMemberId] = useState('');
  const [task, setTask] = useState('');
  const { error, run } = useActionError();
  const onDuty = new Set(view.volunteers.map((v) => v.memberId));
  const stillNeeded = volunteersStillNeeded(view.distribution.volunteersNeeded, view.volunteers.length);

  const take = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(mutate('volunteer.take', { distributionId, memberId, task }))) {
      setMemberId('');
      setTask('');
    }
  };

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t('distributions.volunteers.title', { count: view.volunteers.length, needed: view.distribution.volunteersNeeded })}
      </h2>
      <p className={stillNeeded > 0 ? 'notice warning' : 'notice'} role="status">
        {stillNeeded > 0 ? t('distributions.volunteers.stillNeeded', { count: stillNeeded }) : t('distributions.volunteers.complete')}
      </p>
      <ActionAlert error={error} />
      {view.volunteers.length > 0 && (
        <ul className="list" aria-label={t('distributions.volunteers.list')}>
          {view.volunteers.map((volunteer) => (
            <ListRow key={volunteer.id}>
              <span>
                <strong>{view.nameOf(volunteer.memberId)}</strong>
                {volunteer.task && ` — ${volunteer.task}`}
              </span>
              {mayOrganise && (
                <button
                  type="button"
                  onClick={() => void run(mutate('volunteer.release', { distributionId, memberId: volunteer.memberId }))}
                >
                  {t('distributions.volunteers.release')} <span className="visually-hidden">{view.nameOf(volunteer.memberId)}</span>
                </button>
              )}
            </ListRow>
          ))}
        </ul>
      )}
      {mayOrganise && (
        <form onSubmit={(event) => void take(event)} noValidate className="card" aria-label={t('distributions.volunteers.takeTitle')}>
          <MemberSelect
            label={t('distributions.volunteers.member')}
            members={view.people.filter((member) => !onDuty.has(member.id))}
            value={memberId}
            onChange={setMemberId}
          />
          <Field label={t('distributions.volunteers.task')} hint={t('distributions.volunteers.taskHint')}>
            {(control) => <input {...control} type="text" value={task} onChange={(e) => setTask(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="primary" disabled={memberId === ''}>
              {t('distributions.volunteers.take')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
