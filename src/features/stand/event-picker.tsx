/** Chooses the event the stand's sign-ups belong to: one of the known events, or a new one. */
import { useTranslation } from 'react-i18next';
import { NO_ROWS, useAreas, useEvents } from '../../db/hooks/use-lists';
import { EventCreateForm } from './event-create-form';
import { formatDate } from '../../domain/format/day-format';
import { useStandStore } from './stand-store';

export function EventPicker({ missing }: { missing: boolean }) {
  const { t, i18n } = useTranslation();
  const events = useEvents();
  const areas = useAreas() ?? NO_ROWS;
  const chooseEvent = useStandStore((state) => state.chooseEvent);

  return (
    <>
      {missing && <p className="notice warning">{t('stand.event.missing')}</p>}
      <section aria-labelledby="stand-event-choose-title">
        <h2 id="stand-event-choose-title">{t('stand.event.chooseTitle')}</h2>
        <p className="hint">{t('stand.event.chooseHint')}</p>
        {events === undefined && <p aria-busy="true">{t('common.loading')}</p>}
        {events?.length === 0 && <p>{t('stand.event.none')}</p>}
        {events && events.length > 0 && (
          <ul className="stand-events">
            {events.map((event) => (
              <li key={event.id}>
                <button type="button" className="stand-event" onClick={() => chooseEvent(event.id, event.quarterId)}>
                  <strong>{event.name}</strong>
                  <span>
                    {[formatDate(event.date, i18n.language), event.place, t(`domain.eventKind.${event.kind}`)].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <EventCreateForm areas={areas} onCreated={chooseEvent} />
    </>
  );
}
