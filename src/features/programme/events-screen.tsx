import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NO_ROWS, useAreas, useEvents } from '../../db/hooks/use-lists';
import { formatDate } from '../../domain/format/day-format';

export function EventsScreen() {
  const { t, i18n } = useTranslation();
  const events = useEvents();
  const areas = useAreas() ?? NO_ROWS;
  const areaName = new Map(areas.map((area) => [area.id, area.name]));
  return (
    <>
      <Link href="/programme">{t('programme.backToHub')}</Link>
      <h1>{t('programme.event.title')}</h1>
      <div className="actions">
        <Link href="/events/new" className="button primary">
          {t('programme.event.new')}
        </Link>
      </div>
      {events === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : events.length === 0 ? (
        <p className="hint">{t('programme.event.empty')}</p>
      ) : (
        <ul className="list" aria-label={t('programme.event.title')}>
          {events.map((event) => (
            <li key={event.id}>
              <Link href={`/events/${event.id}`}>
                <strong>{event.name}</strong>
                <br />
                <span className="hint">
                  {[
                    formatDate(event.date, i18n.language),
                    t(`domain.eventKind.${event.kind}`),
                    event.place,
                    event.quarterId ? areaName.get(event.quarterId) : undefined,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
