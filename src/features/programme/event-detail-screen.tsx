import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_ROWS, useAreas } from '../../db/hooks/use-lists';
import { useRow } from '../../db/hooks/use-row';
import { mutate } from '../../db/mutators';
import { formatDate } from '../../domain/format/day-format';
import type { Area, EventRow } from '../../domain/people/entities';
import { DeleteSection } from './delete-section';
import { EventAttendance } from './event-attendance';
import { EventForm } from './event-form';
import { EventPartners } from './event-partners';
import { EventSignups } from './event-signups';
import { eventSpec } from './event-values';
import { foundOf, ScreenFrame } from './screen-frame';
import { useEntityForm } from '../../ui/use-entity-form';
import { VisitorCountForm } from './visitor-count-form';

function EventEditor({ event, areas, onDone }: { event: EventRow; areas: readonly Area[]; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useEntityForm(eventSpec, event, onDone);
  return <EventForm form={form} areas={areas} submitLabel={t('common.actions.save')} onCancel={onDone} />;
}

function EventSummary({ event, areas, onEdit }: { event: EventRow; areas: readonly Area[]; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const quarter = areas.find((area) => area.id === event.quarterId)?.name;
  return (
    <>
      <dl>
        <dt>{t('programme.event.fields.kind')}</dt>
        <dd>{t(`domain.eventKind.${event.kind}`)}</dd>
        <dt>{t('programme.event.fields.date')}</dt>
        <dd>{formatDate(event.date, i18n.language)}</dd>
        <dt>{t('programme.event.fields.place')}</dt>
        <dd>{event.place || t('common.none')}</dd>
        <dt>{t('programme.event.fields.quarter')}</dt>
        <dd>{quarter ?? t('programme.noQuarter')}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={onEdit}>
          {t('common.actions.edit')}
        </button>
      </div>
    </>
  );
}

export function EventDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const event = useRow('events', id);
  const areas = useAreas() ?? NO_ROWS;
  const [editing, setEditing] = useState(false);
  return (
    <ScreenFrame
      found={foundOf(id, event)}
      title={t('programme.event.title')}
      backHref="/events"
      backLabel={t('programme.event.backToList')}
    >
      {event && (
        <>
          <h1>{event.name}</h1>
          {editing ? (
            <EventEditor event={event} areas={areas} onDone={() => setEditing(false)} />
          ) : (
            <EventSummary event={event} areas={areas} onEdit={() => setEditing(true)} />
          )}
          <EventPartners event={event} />
          <EventAttendance eventId={event.id} />
          <VisitorCountForm event={event} />
          <EventSignups eventId={event.id} />
          <DeleteSection name={event.name} onConfirm={() => mutate('event.delete', { id: event.id })} backHref="/events" />
        </>
      )}
    </ScreenFrame>
  );
}
