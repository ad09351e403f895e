import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../db/mutators';
import { Field } from '../../ui/field';
import { ActionAlert } from '../../ui/form-alert';
import { ListRow } from '../../ui/list-row';
import { useActionError } from '../../ui/use-action-error';
import { useAttendance, type Attendee } from './use-attendance';

/** The members and producers who came, named: found by a search, added or removed in one tap. */
export function EventAttendance({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { error, run } = useActionError();
  const { attendees, candidates, searching } = useAttendance(eventId, search);
  const record = (person: Attendee, present: boolean) =>
    void run(mutate('attendance.record', { eventId, attendeeKind: person.kind, attendeeId: person.id, present }));
  const who = (person: Attendee) => (
    <span>
      {person.name} <span className="hint">· {t(`programme.attendeeKind.${person.kind}`)}</span>
    </span>
  );

  return (
    <section aria-labelledby="event-attendance-title">
      <h2 id="event-attendance-title">{t('programme.event.attendanceTitle', { count: attendees.length })}</h2>
      <ActionAlert error={error} />
      {attendees.length === 0 ? (
        <p className="hint">{t('programme.event.noAttendees')}</p>
      ) : (
        <ul className="list" aria-label={t('programme.event.attendeesList')}>
          {attendees.map((person) => (
            <ListRow key={person.id}>
              {who(person)}
              <button type="button" onClick={() => record(person, false)}>
                {t('programme.event.removeAttendee')} <span className="visually-hidden">{person.name}</span>
              </button>
            </ListRow>
          ))}
        </ul>
      )}
      <Field label={t('programme.event.findAttendee')} hint={t('programme.event.findAttendeeHint')}>
        {(control) => <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
      </Field>
      {searching && candidates.length === 0 && <p className="hint">{t('programme.event.noCandidates')}</p>}
      {candidates.length > 0 && (
        <ul className="list" aria-label={t('programme.event.candidates')}>
          {candidates.map((person) => (
            <ListRow key={person.id}>
              {who(person)}
              <button type="button" onClick={() => record(person, true)}>
                {t('programme.event.addAttendee')} <span className="visually-hidden">{person.name}</span>
              </button>
            </ListRow>
          ))}
        </ul>
      )}
    </section>
  );
}
